using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Geography;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Map;
using static Microsoft.Playwright.Assertions;

namespace Regioscan.Map.Tests.Releases.Map;

/// <summary>
/// Opens a release's map from <c>file://</c> in the system's headless Chromium and uses it as a person
/// would. Playwright's expectations wait for the page, so nothing here depends on timing.
/// </summary>
public sealed class MapPageTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>The fill of a province without a scan (NO_SCAN in web/map/src/mapview.js).</summary>
    private const string NoScanGrey = "#c4c9cf";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("regioscan-map-").FullName;
    private readonly ReleaseTables _tables = SampleRelease.Build();
    private readonly List<string> _errors = [];
    private readonly List<string> _dialogs = [];
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_root, "profile"), new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new() { Width = 1400, Height = 1000 },
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task The_map_shows_the_release_follows_filters_and_shows_uploaded_text_as_text()
    {
        var page = await OpenReleaseMapAsync();

        // Everything at first: the count and the list match the data (the list includes the one without location).
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(_tables.Initiatives.Count));
        await Expect(page.Locator("#count-activities")).ToHaveTextAsync(Text(_tables.Activities.Count));
        await Expect(page.Locator("#initiative-list > li")).ToHaveCountAsync(_tables.Initiatives.Count);
        await Expect(page.Locator("#release-version")).ToHaveTextAsync("2.1.0");
        await Expect(page.Locator("#changelog-link")).ToHaveAttributeAsync("href", "../CHANGELOG.md");
        await Expect(page.Locator("#attribution")).ToHaveTextAsync("Provinciegrenzen: CBS / Kadaster (CC-BY 4.0)");
        await page.ScreenshotAsync(new() { Path = ScreenshotPath("map-page-overview.png"), FullPage = true });

        // The detail panel of the initiative whose name is markup shows that markup as text.
        var hackId = SampleRelease.InitiativeId(3);
        await page.Locator($"#initiative-list button[data-id='{hackId}']").ClickAsync();
        await Expect(page.Locator("#detail-name")).ToHaveTextAsync(SampleRelease.HackName);
        await Expect(page.Locator("#initiative-list button[data-id='" + hackId + "']")).ToHaveTextAsync(SampleRelease.HackName);
        await Expect(page.Locator("#detail script, #initiative-list script")).ToHaveCountAsync(0);
        await Expect(page.Locator("#detail")).ToContainTextAsync("Penvoerder 3");
        await Expect(page.Locator("#detail a[href='https://example.org/3']")).ToHaveAttributeAsync("rel", "noopener noreferrer");

        // A digitalisation-form filter: counts and list follow the data.
        var aiActivities = _tables.Activities.Where(a => a.DigitalisationForms.Contains("ai")).ToList();
        var aiInitiatives = aiActivities.Select(a => a.InitiativeId).Distinct().Count();
        await page.Locator("details[data-list='digitaliseringsvorm'] > summary").ClickAsync();
        await page.Locator("#f-digitaliseringsvorm-ai").CheckAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(aiInitiatives));
        await Expect(page.Locator("#count-activities")).ToHaveTextAsync(Text(aiActivities.Count));
        await Expect(page.Locator("#initiative-list > li")).ToHaveCountAsync(aiInitiatives);

        // An initiative-level filter on top: providers = kvk leaves the AI initiatives with an even number.
        var both = _tables.Initiatives.Count(i => i.Initiative.Providers.Contains("kvk")
            && aiActivities.Any(a => a.InitiativeId == i.Initiative.InitiativeId));
        await page.Locator("details[data-list='aanbieders'] > summary").ClickAsync();
        await page.Locator("#f-aanbieders-kvk").CheckAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(both));
        await page.Locator("#f-aanbieders-kvk").UncheckAsync();

        // White spots: a row per province, and with only AI left, a province without AI is a white spot.
        await Expect(page.Locator("#table-forms tbody tr")).ToHaveCountAsync(12);
        await Expect(page.Locator("#table-bottlenecks tbody tr")).ToHaveCountAsync(12);
        var groningenAi = page.Locator("#table-forms tbody tr").Filter(new() { HasText = "Groningen" }).Locator("td").Nth(4);
        await Expect(groningenAi).ToHaveClassAsync("white-spot");
        var utrechtAi = page.Locator("#table-forms tbody tr").Filter(new() { HasText = "Utrecht" }).Locator("td").Nth(4);
        await Expect(utrechtAi).ToHaveTextAsync(Text(aiActivities.Count(a => a.ProvinceCode == "PV26")));

        await page.ScreenshotAsync(new() { Path = ScreenshotPath("map-page-nl.png"), FullPage = true });

        // English: labels change, the data does not.
        await page.Locator("#lang-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("[data-i18n='clear']")).ToHaveTextAsync("Clear filters and search");
        await Expect(page.Locator("details[data-list='digitaliseringsvorm'] > summary")).ToContainTextAsync("Form of digitalisation");
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(aiInitiatives));
        await page.ScreenshotAsync(new() { Path = ScreenshotPath("map-page-en.png"), FullPage = true });

        Assert.False(await page.EvaluateAsync<bool>("() => window.__alerted === true"), "a script from the data ran");
        Assert.Empty(_dialogs);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Impact_measurement_filters_activities_and_funding_filters_initiatives()
    {
        var page = await OpenReleaseMapAsync();
        var effect = _tables.Activities.Where(a => a.ImpactMeasurement == "effect").ToList();
        var structural = _tables.Initiatives.Where(i => i.Initiative.Funding == "structureel").Select(i => i.Initiative.InitiativeId).ToHashSet();
        Assert.True(effect.Count < _tables.Activities.Count(a => effect.Any(e => e.InitiativeId == a.InitiativeId)), "the sample tells activity from initiative level");

        // Impact measurement is an activity's: only the activities measured that way count.
        await page.Locator("details[data-list='impactmeting'] > summary").ClickAsync();
        await page.Locator("#f-impactmeting-effect").CheckAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(effect.Select(a => a.InitiativeId).Distinct().Count()));
        await Expect(page.Locator("#count-activities")).ToHaveTextAsync(Text(effect.Count));

        // Funding is an initiative's, and a second group narrows the first (AND).
        await page.Locator("details[data-list='financiering'] > summary").ClickAsync();
        await page.Locator("#f-financiering-structureel").CheckAsync();
        var both = effect.Where(a => structural.Contains(a.InitiativeId)).ToList();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(both.Select(a => a.InitiativeId).Distinct().Count()));
        await Expect(page.Locator("#count-activities")).ToHaveTextAsync(Text(both.Count));

        // Funding alone keeps every activity of the initiatives it keeps.
        await page.Locator("#f-impactmeting-effect").UncheckAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(structural.Count));
        await Expect(page.Locator("#count-activities")).ToHaveTextAsync(Text(_tables.Activities.Count(a => structural.Contains(a.InitiativeId))));

        await page.Locator("#lang-toggle").ClickAsync();
        await Expect(page.Locator("details[data-list='impactmeting'] > summary")).ToContainTextAsync("Impact measurement");
        await Expect(page.Locator("details[data-list='financiering'] > summary")).ToContainTextAsync("Funding");
        await Expect(page.Locator("label[for='f-impactmeting-effect'], label:has(#f-impactmeting-effect)")).ToContainTextAsync("Impact evaluation");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_detail_closes_when_the_filters_leave_its_initiative_out()
    {
        var page = await OpenReleaseMapAsync();
        await page.Locator($"#initiative-list button[data-id='{SampleRelease.InitiativeId(1)}']").ClickAsync();
        await Expect(page.Locator("#detail-name")).ToHaveTextAsync("Digitale Werkplaats Groningen");

        // Still in: the detail stays.
        await page.Locator("details[data-list='digitaliseringsvorm'] > summary").ClickAsync();
        await page.Locator("#f-digitaliseringsvorm-data").CheckAsync();
        await Expect(page.Locator("#initiative-list > li")).ToHaveCountAsync(_tables.Activities.Where(a => a.DigitalisationForms.Contains("data")).Select(a => a.InitiativeId).Distinct().Count());
        await Expect(page.Locator("#detail")).ToBeVisibleAsync();

        // Left out (only cybersecurity, of Cyberveilig Ommelanden): the detail closes.
        await page.Locator("#f-digitaliseringsvorm-data").UncheckAsync();
        await page.Locator("#f-digitaliseringsvorm-cybersecurity").CheckAsync();
        await Expect(page.Locator("#initiative-list > li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#detail")).ToBeHiddenAsync();
        await page.Locator("#f-digitaliseringsvorm-cybersecurity").UncheckAsync();
        await Expect(page.Locator("#initiative-list > li")).ToHaveCountAsync(_tables.Initiatives.Count);
        await Expect(page.Locator("#detail")).ToBeHiddenAsync();
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task One_initiative_or_activity_is_counted_in_the_singular_and_white_spot_headers_fit_their_cells()
    {
        var page = await OpenReleaseMapAsync();
        await Expect(page.Locator("#count")).ToHaveTextAsync($"{Text(_tables.Initiatives.Count)} initiatieven / {Text(_tables.Activities.Count)} activiteiten");
        const string HeadersOverflowing = "() => [...document.querySelectorAll('.white-spots-table th')].filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent)";
        Assert.Empty(await page.EvaluateAsync<string[]>(HeadersOverflowing));

        await page.Locator("details[data-list='digitaliseringsvorm'] > summary").ClickAsync();
        await page.Locator("#f-digitaliseringsvorm-cybersecurity").CheckAsync();
        await Expect(page.Locator("#count")).ToHaveTextAsync("1 initiatief / 1 activiteit");

        await page.Locator("#lang-toggle").ClickAsync();
        await Expect(page.Locator("#count")).ToHaveTextAsync("1 initiative / 1 activity");
        Assert.Empty(await page.EvaluateAsync<string[]>(HeadersOverflowing));
        await page.Locator("#f-digitaliseringsvorm-cybersecurity").UncheckAsync();
        await Expect(page.Locator("#count")).ToHaveTextAsync($"{Text(_tables.Initiatives.Count)} initiatives / {Text(_tables.Activities.Count)} activities");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_detail_opened_from_the_list_takes_the_focus_and_gives_it_back_when_closed()
    {
        var page = await OpenReleaseMapAsync();
        var item = page.Locator($"#initiative-list button[data-id='{SampleRelease.InitiativeId(4)}']");
        var heading = page.Locator("#detail-name");

        // Enter on a list item: the focus goes to the detail's heading; Escape closes it and returns the focus.
        await item.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(heading).ToHaveTextAsync("AI-lab Utrecht");
        await Expect(heading).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#detail")).ToBeHiddenAsync();
        await Expect(item).ToBeFocusedAsync();

        // The close button (just before the heading) does the same.
        await page.Keyboard.PressAsync("Enter");
        await Expect(heading).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(page.Locator("#detail button.close")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#detail")).ToBeHiddenAsync();
        await Expect(item).ToBeFocusedAsync();
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_long_list_is_shown_a_page_at_a_time()
    {
        var tables = SampleRelease.Many(450);
        var page = await OpenReleaseMapAsync(tables: tables);
        var items = page.Locator("#initiative-list > li:not(.more)");
        var more = page.Locator("#list-more");

        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync("450");
        await Expect(items).ToHaveCountAsync(200);
        await Expect(items.First.Locator("button")).ToHaveTextAsync("Initiatief 001");
        await Expect(more).ToHaveTextAsync("Toon meer (200 van 450 getoond)");

        // "Show more" adds the next page and moves the focus to the first of it.
        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(items).ToHaveCountAsync(400);
        await Expect(items.Nth(200).Locator("button")).ToBeFocusedAsync();
        await Expect(items.Nth(200).Locator("button")).ToHaveTextAsync("Initiatief 201");
        await more.ClickAsync();
        await Expect(items).ToHaveCountAsync(450);
        await Expect(more).ToHaveCountAsync(0);

        // A filter starts the list again from its first page.
        await page.Locator("details[data-list='activiteit_type'] > summary").ClickAsync();
        await page.Locator("#f-activiteit_type-training").CheckAsync();
        await Expect(items).ToHaveCountAsync(200);
        await page.Locator("#lang-toggle").ClickAsync();
        await Expect(more).ToHaveTextAsync("Show more (200 of 450 shown)");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Changing_the_shading_measure_redraws_the_provinces_only()
    {
        var page = await OpenReleaseMapAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(_tables.Initiatives.Count));
        await page.EvaluateAsync("() => { for (const id of ['initiative-list', 'table-forms', 'table-bottlenecks']) document.getElementById(id).firstElementChild.dataset.before = 'yes'; }");

        await page.Locator("#measure").SelectOptionAsync("activities");
        await Expect(page.Locator(".legend strong")).ToHaveTextAsync("Aantal activiteiten");
        // Utrecht has 3 of at most 3 initiatives but 4 of at most 4 activities: the fourth of five classes.
        await Expect(page.Locator("#map path[data-province='PV26']")).ToHaveAttributeAsync("fill", "#3182bd");

        // The list and the tables are the same elements as before: nothing but the map was rebuilt.
        Assert.Equal(3, await page.EvaluateAsync<int>("() => document.querySelectorAll('[data-before=yes]').length"));
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_filter_that_removes_a_point_while_the_map_zooms_to_it_raises_no_error()
    {
        var page = await OpenReleaseMapAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(_tables.Initiatives.Count));

        // The hack initiative's point is in a cluster with AI-lab Utrecht's: opening it zooms the map in, and the
        // provider filter leaves it out before that zoom has ended.
        await page.EvaluateAsync($$"""
            () => {
              document.querySelector("#initiative-list button[data-id='{{SampleRelease.InitiativeId(3)}}']").click();
              document.getElementById('f-aanbieders-kvk').click();
            }
            """);
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(_tables.Initiatives.Count(i => i.Initiative.Providers.Contains("kvk"))));
        await page.WaitForTimeoutAsync(1500);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Clicking_a_point_opens_its_detail()
    {
        var page = await OpenReleaseMapAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(_tables.Initiatives.Count));

        // The provinces can be shaded by reach instead; the legend follows.
        await page.Locator("#measure").SelectOptionAsync("reach");
        await Expect(page.Locator(".legend strong")).ToHaveTextAsync("Bereik per jaar");

        // With one initiative left, no cluster hides its point.
        await page.Locator("details[data-list='digitaliseringsvorm'] > summary").ClickAsync();
        await page.Locator("#f-digitaliseringsvorm-cybersecurity").CheckAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync("1");
        await page.Locator("#map path.leaflet-interactive[fill='#d94801']").ClickAsync();
        await Expect(page.Locator("#detail-name")).ToHaveTextAsync("Cyberveilig Ommelanden");
        // Its website is javascript: and so is shown as text, not as a link.
        await Expect(page.Locator("#detail a")).ToHaveCountAsync(0);
        await Expect(page.Locator("#detail")).ToContainTextAsync("javascript:alert(2)");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#detail")).ToBeHiddenAsync();

        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_province_without_a_scan_is_shown_as_having_none_not_as_a_white_spot()
    {
        var page = await OpenReleaseMapAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(_tables.Initiatives.Count));

        // White spots only in the four provinces the release holds a scan of; the other eight say they have none.
        await Expect(page.Locator("#table-forms td.white-spot")).ToHaveCountAsync(WhiteSpots(ScannedProvinces(_tables)));
        await Expect(page.Locator("#table-forms td.no-scan")).ToHaveCountAsync(12 - ScannedProvinces(_tables).Count);
        var zeeland = page.Locator("#table-forms tbody tr").Filter(new() { HasText = "Zeeland" }).Locator("td");
        await Expect(zeeland).ToHaveTextAsync(["geen scan"]);
        await Expect(page.Locator("#no-scan-note")).ToBeVisibleAsync();

        // On the map: grey, not the white of 0, in the legend, and the tooltip says why.
        await Expect(page.Locator("#map path[data-province='PV29']")).ToHaveAttributeAsync("fill", NoScanGrey);
        await Expect(page.Locator("#map path[data-province='PV26']")).Not.ToHaveAttributeAsync("fill", NoScanGrey);
        await Expect(page.Locator(".legend")).ToContainTextAsync("geen scan");
        await page.Locator("#map path[data-province='PV25']").HoverAsync();
        await Expect(page.Locator(".leaflet-tooltip")).ToContainTextAsync("Geen scan in deze release");
        await page.ScreenshotAsync(new() { Path = ScreenshotPath("map-page-no-scan.png"), FullPage = true });

        await page.Locator("#lang-toggle").ClickAsync();
        await Expect(zeeland).ToHaveTextAsync(["no scan"]);
        await Expect(page.Locator(".legend")).ToContainTextAsync("no scan");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Data_from_before_the_list_of_scanned_provinces_counts_every_province_as_scanned()
    {
        var page = await OpenReleaseMapAsync(data =>
        {
            var older = Regex.Replace(data, "\"scanned\":\\[[^\\]]*\\],", string.Empty);
            Assert.NotEqual(data, older);
            return older;
        });
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(_tables.Initiatives.Count));

        var all = page.Locator("#map path[data-province]");
        await Expect(all).ToHaveCountAsync(12);
        await Expect(page.Locator("#table-forms td.white-spot")).ToHaveCountAsync(WhiteSpots(Provinces.All.Select(p => p.Code)));
        await Expect(page.Locator("#table-forms td.no-scan")).ToHaveCountAsync(0);
        await Expect(page.Locator("#no-scan-note")).ToBeHiddenAsync();
        await Expect(page.Locator("#map path[fill='" + NoScanGrey + "']")).ToHaveCountAsync(0);
        await Expect(page.Locator(".legend")).Not.ToContainTextAsync("geen scan");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_point_is_named_after_its_initiative_and_Enter_or_Space_on_it_opens_its_detail()
    {
        var page = await OpenReleaseMapAsync();
        await page.Locator("details[data-list='digitaliseringsvorm'] > summary").ClickAsync();
        await page.Locator("#f-digitaliseringsvorm-cybersecurity").CheckAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync("1");
        var point = page.Locator("#map path.leaflet-interactive[fill='#d94801']");
        await Expect(point).ToHaveRoleAsync(AriaRole.Button);
        await Expect(point).ToHaveAccessibleNameAsync("Cyberveilig Ommelanden");

        // From the map, Tab reaches the point; Enter opens its detail, as a click does, and so does Space.
        await page.Locator("#map").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(point).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#detail-name")).ToHaveTextAsync("Cyberveilig Ommelanden");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#detail")).ToBeHiddenAsync();
        await point.FocusAsync();
        await page.Keyboard.PressAsync(" ");
        await Expect(page.Locator("#detail-name")).ToHaveTextAsync("Cyberveilig Ommelanden");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_map_is_named_in_the_page_language_and_its_province_shapes_are_not_tab_stops()
    {
        var page = await OpenReleaseMapAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(_tables.Initiatives.Count));
        var map = page.Locator("#map");
        await Expect(map).ToHaveAccessibleNameAsync("Kaart van de initiatieven");

        // Tab from the map through all its stops until the focus leaves it: points, clusters and zoom, no province.
        await map.FocusAsync();
        var stops = new List<string>();
        while (true)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await page.EvaluateAsync<string?>(
                "() => { const e = document.activeElement; return document.getElementById('map').contains(e) ? (e.getAttribute('data-province') ?? e.getAttribute('class') ?? '') : null; }");
            if (stop is null)
            {
                break;
            }

            stops.Add(stop);
            Assert.True(stops.Count < 100, string.Join("\n", stops));
        }

        Assert.DoesNotContain(stops, stop => stop.StartsWith("PV", StringComparison.Ordinal));
        Assert.Contains(stops, stop => stop.Contains("leaflet-control-zoom-in", StringComparison.Ordinal));
        await Expect(page.Locator("#map path[data-province]")).ToHaveCountAsync(12);

        await page.Locator("#lang-toggle").ClickAsync();
        await Expect(map).ToHaveAccessibleNameAsync("Map of the initiatives");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task On_a_phone_the_map_is_60vh_tall_under_a_small_legend_and_the_white_spot_tables_keep_the_province_in_view()
    {
        var page = await OpenReleaseMapAsync(viewport: new() { Width = 390, Height = 844 });
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Text(_tables.Initiatives.Count));

        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        Assert.InRange(map.Height, (844 * 0.6) - 1, (844 * 0.6) + 1);
        // The legend takes a strip along the bottom of the map, not a column up a third of it.
        var legend = (await page.Locator(".legend").BoundingBoxAsync())!;
        Assert.True(legend.Height < map.Height / 8, $"the legend ({legend.Width:F0}×{legend.Height:F0}) is too tall for the map ({map.Width:F0}×{map.Height:F0})");

        // A table wider than the phone scrolls sideways on its own, not the page; at its far end the provinces still show.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the page scrolls sideways");
        var table = page.Locator("#table-forms");
        Assert.True((await table.BoundingBoxAsync())!.Width > 390, "the table fits the phone: nothing to scroll");
        await table.Locator("thead th").Last.EvaluateAsync("(th) => th.scrollIntoView({ block: 'start', inline: 'end' })");
        await page.ScreenshotAsync(new() { Path = ScreenshotPath("map-page-phone.png"), FullPage = true });
        const string ProvincesOutOfSight = """
            () => [...document.querySelectorAll('#table-forms tbody th')].filter((th) => {
              const box = th.getBoundingClientRect();
              return !th.contains(document.elementFromPoint(box.left + 3, box.top + box.height / 2));
            }).map((th) => th.textContent)
            """;
        Assert.Empty(await page.EvaluateAsync<string[]>(ProvincesOutOfSight));
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task A_cluster_is_named_by_its_count_in_the_page_language_and_Enter_or_Space_on_it_zooms_in_as_a_click_does()
    {
        var page = await OpenReleaseMapAsync();
        var cluster = page.Locator("#map .marker-cluster");
        var aiLab = page.Locator("#map path[aria-label='AI-lab Utrecht']");

        // With AI only, the two Utrecht initiatives share a cluster; Data Valley Delft is a point of its own.
        await CheckFilterAsync(page, "digitaliseringsvorm", "ai");
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync("3");
        await Expect(cluster).ToHaveCountAsync(1);
        await Expect(cluster).ToHaveRoleAsync(AriaRole.Button);
        await Expect(cluster).ToHaveAccessibleNameAsync("2 initiatieven");
        await page.Locator("#lang-toggle").ClickAsync();
        await Expect(cluster).ToHaveAccessibleNameAsync("2 initiatives");

        // Space: the map zooms in until the cluster parts into its points.
        await cluster.FocusAsync();
        await page.Keyboard.PressAsync(" ");
        await Expect(cluster).ToHaveCountAsync(0);
        await Expect(aiLab).ToBeVisibleAsync();

        // Enter does the same, in a cluster made with the page in Dutch again.
        await page.ReloadAsync();
        await CheckFilterAsync(page, "digitaliseringsvorm", "ai");
        await Expect(cluster).ToHaveAccessibleNameAsync("2 initiatieven");
        await cluster.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(cluster).ToHaveCountAsync(0);
        await Expect(aiLab).ToBeVisibleAsync();
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task An_activity_outside_the_filters_is_muted_with_AA_contrast_and_says_so_in_its_heading()
    {
        var page = await OpenReleaseMapAsync();
        await CheckFilterAsync(page, "digitaliseringsvorm", "data");
        await page.Locator($"#initiative-list button[data-id='{SampleRelease.InitiativeId(1)}']").ClickAsync();

        // Digitale Werkplaats Groningen: its first activity has no data form, its second has.
        var outside = page.Locator("#detail .activity.outside");
        var inside = page.Locator("#detail .activity:not(.outside)");
        await Expect(outside).ToHaveCountAsync(1);
        await Expect(outside.GetByRole(AriaRole.Heading)).ToHaveAccessibleNameAsync("Activiteit 1 van 1 (valt buiten de filters)");
        await Expect(inside.GetByRole(AriaRole.Heading)).ToHaveAccessibleNameAsync("Activiteit 2 van 1");

        // Every text of it against the detail's background, with the opacity of everything in between: 4.5:1 at least.
        const string Contrasts = """
            () => {
              const rgba = (css) => { const [r, g, b, a = 1] = css.match(/[\d.]+/g).map(Number); return { rgb: [r, g, b], a }; };
              const luminance = (rgb) => {
                const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              return [...document.querySelectorAll('#detail .activity.outside :is(h4, dt, dd)')].map((node) => {
                let alpha = rgba(getComputedStyle(node).color).a;
                let back = null;
                for (let e = node; e && !back; e = e.parentElement) {
                  const style = getComputedStyle(e);
                  if (rgba(style.backgroundColor).a === 1) back = rgba(style.backgroundColor).rgb;
                  else alpha *= Number(style.opacity);
                }
                const text = rgba(getComputedStyle(node).color).rgb.map((c, i) => c * alpha + back[i] * (1 - alpha));
                const [light, dark] = [luminance(text), luminance(back)].sort((x, y) => y - x);
                return (light + 0.05) / (dark + 0.05);
              });
            }
            """;
        var contrasts = await page.EvaluateAsync<double[]>(Contrasts);
        Assert.NotEmpty(contrasts);
        Assert.All(contrasts, contrast => Assert.True(contrast >= 4.5, $"contrast {contrast:F2}:1"));
        var colourOf = "(node) => getComputedStyle(node).color";
        Assert.NotEqual(await inside.Locator("dd").First.EvaluateAsync<string>(colourOf), await outside.Locator("dd").First.EvaluateAsync<string>(colourOf));

        await page.Locator("#lang-toggle").ClickAsync();
        await Expect(outside.GetByRole(AriaRole.Heading)).ToHaveAccessibleNameAsync("Activiteit 1 van 1 (outside the filters)");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_matches_without_a_location_are_counted_as_not_on_the_map()
    {
        var page = await OpenReleaseMapAsync();
        var note = page.Locator("#without-location");
        var located = _tables.Initiatives.Count(i => i.Initiative.Latitude is not null);

        // Webshop Academie has no coordinates: the map shows the others, in points and clusters.
        await Expect(note).ToHaveTextAsync("1 zonder locatie (niet op de kaart)");
        await Expect(note).ToBeVisibleAsync();
        const string OnTheMap = "() => document.querySelectorAll('#map path[aria-label]').length + [...document.querySelectorAll('#map .marker-cluster')].reduce((n, c) => n + Number(c.dataset.count), 0)";
        Assert.Equal(located, await page.EvaluateAsync<int>(OnTheMap));

        // It has no AI activity: with AI only, every match is on the map and the note goes.
        await CheckFilterAsync(page, "digitaliseringsvorm", "ai");
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync("3");
        await Expect(note).ToBeHiddenAsync();
        await page.Locator("#f-digitaliseringsvorm-ai").UncheckAsync();
        await Expect(note).ToBeVisibleAsync();

        await page.Locator("#lang-toggle").ClickAsync();
        await Expect(note).ToHaveTextAsync("1 without a location (not on the map)");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_search_finds_initiatives_by_name_place_or_description_whatever_their_case_and_accents()
    {
        var page = await OpenReleaseMapAsync();
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoek initiatieven" });
        var count = page.Locator("#count-initiatives");
        var names = page.Locator("#initiative-list > li button");

        // "FRYSLAN" finds the name with "Fryslân" in it.
        await search.FillAsync("FRYSLAN");
        await Expect(count).ToHaveTextAsync("1");
        await Expect(names).ToHaveTextAsync(["Haven Digitaal Fryslân"]);

        // A place: Utrecht is a municipality, a province and a name in the sample.
        var inUtrecht = _tables.Initiatives.Count(i => new[] { i.Initiative.Name, i.Initiative.MunicipalityName, i.Initiative.ProvinceName }
            .Any(text => text?.Contains("Utrecht", StringComparison.Ordinal) == true));
        await search.FillAsync("utrecht");
        await Expect(count).ToHaveTextAsync(Text(inUtrecht));

        // The filters narrow the search, and each word does too.
        await CheckFilterAsync(page, "digitaliseringsvorm", "ai");
        await Expect(count).ToHaveTextAsync("2");
        await search.FillAsync("utrecht  AI-lab");
        await Expect(names).ToHaveTextAsync(["AI-lab Utrecht"]);
        await search.FillAsync("utrecht webshop");
        await Expect(page.Locator("#initiative-list .empty")).ToHaveTextAsync("Geen initiatieven bij deze filters en zoekterm.");

        // The description is searched as well; in English the search keeps its words.
        await page.Locator("#f-digitaliseringsvorm-ai").UncheckAsync();
        await search.FillAsync("regelscheiding");
        await Expect(count).ToHaveTextAsync(Text(_tables.Initiatives.Count));
        await search.FillAsync("WEBSHOP");
        await Expect(count).ToHaveTextAsync("1");
        await page.Locator("#lang-toggle").ClickAsync();
        search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search initiatives" });
        await Expect(search).ToHaveValueAsync("WEBSHOP");
        await Expect(count).ToHaveTextAsync("1");

        // Clearing the filters clears the search.
        await page.Locator("#clear-filters").ClickAsync();
        await Expect(search).ToHaveValueAsync(string.Empty);
        await Expect(count).ToHaveTextAsync(Text(_tables.Initiatives.Count));
        Assert.Empty(_errors);
    }

    private async Task<IPage> OpenReleaseMapAsync(Func<string, string>? editData = null, ReleaseTables? tables = null, ViewportSize? viewport = null)
    {
        var release = Path.Combine(_root, "v2.1.0");
        var map = Directory.CreateDirectory(Path.Combine(release, MapBundle.Folder)).FullName;
        await File.WriteAllTextAsync(Path.Combine(release, "CHANGELOG.md"), "# 2.1.0\n");
        using (var data = new MemoryStream())
        {
            var provinces = await File.ReadAllBytesAsync(RepositoryRoot.Reference("cbs-2025", "provincie_2025.geojson"));
            tables ??= _tables;
            MapDataWriter.Write(
                tables, new ReleaseMapContext("2.1.0", new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero), provinces, ScannedProvinces(tables)), data);
            var text = Encoding.UTF8.GetString(data.ToArray());
            await File.WriteAllTextAsync(Path.Combine(map, MapDataWriter.FileName), editData?.Invoke(text) ?? text);
        }

        foreach (var name in MapBundle.FileNames)
        {
            await using var source = MapBundle.Open(name);
            await using var target = File.Create(Path.Combine(map, name));
            await source.CopyToAsync(target);
        }

        var page = await _browser!.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => _errors.Add($"page error: {error}");
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.AddInitScriptAsync("window.__alerted = false; window.alert = () => { window.__alerted = true; };");
        if (viewport is not null)
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        }

        await page.GotoAsync(new Uri(Path.Combine(map, "index.html")).AbsoluteUri);
        return page;
    }

    /// <summary>Opens the filter group of <paramref name="list"/> and ticks <paramref name="code"/> in it.</summary>
    private static async Task CheckFilterAsync(IPage page, string list, string code)
    {
        await page.Locator($"details[data-list='{list}'] > summary").ClickAsync();
        await page.Locator($"#f-{list}-{code}").CheckAsync();
    }

    /// <summary>The provinces of the sample's initiatives: the release holds a scan of these only.</summary>
    private static List<string> ScannedProvinces(ReleaseTables tables) => tables.Initiatives.Select(i => i.Initiative.ProvinceCode).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The cells of the forms table that are white spots (no activity with that form) in <paramref name="provinces"/>.</summary>
    private int WhiteSpots(IEnumerable<string> provinces) => provinces.Sum(province =>
        CodeListCatalog.Default[CodeListNames.DigitalisationForm].Codes.Count(form =>
            !_tables.Activities.Any(a => a.ProvinceCode == province && a.DigitalisationForms.Contains(form.Value))));

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string ScreenshotPath(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Find(), "TestResults", "map")).FullName;
        return Path.Combine(folder, name);
    }
}
