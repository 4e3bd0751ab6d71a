using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Regioscan.Map.Tests.Releases.Map;

/// <summary>
/// The map of a real demo release (made by <c>regioscan demo</c>), opened from <c>file://</c> in headless
/// Chromium; what it shows is checked against the release's tables read by DuckDB.
/// </summary>
public sealed class DemoReleaseMapTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _store = Directory.CreateTempSubdirectory("regioscan-map-demo-").FullName;
    private readonly List<string> _errors = [];
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;

    private string Release => Path.Combine(_store, "releases", "latest");

    public async Task InitializeAsync()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Cli.CliApp.RunAsync(["demo", "--store", _store], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_store, "profile"), new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
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
        Directory.Delete(_store, recursive: true);
    }

    [Fact]
    public async Task The_demo_release_map_shows_its_data_and_follows_a_filter()
    {
        var initiatives = Scalar("SELECT count(*) FROM read_csv('{0}/initiatives.csv')");
        var activities = Scalar("SELECT count(*) FROM read_csv('{0}/activities.csv')");
        var aiActivities = Scalar("SELECT count(*) FROM read_parquet('{0}/activities.parquet') WHERE list_contains(digitalisation_forms, 'ai')");
        var aiInitiatives = Scalar("SELECT count(DISTINCT initiative_id) FROM read_parquet('{0}/activities.parquet') WHERE list_contains(digitalisation_forms, 'ai')");

        var page = await _browser!.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
        await page.GotoAsync(new Uri(Path.Combine(Release, "map", "index.html")).AbsoluteUri);

        await Expect(page.Locator("#release-version")).ToHaveTextAsync("1.1.0");
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Number(initiatives));
        await Expect(page.Locator("#count-activities")).ToHaveTextAsync(Number(activities));
        // The demo has no CBS boundaries under reference/ (a point per province), so nothing credits CBS / Kadaster.
        await Expect(page.Locator("#map .leaflet-interactive[data-province]")).ToHaveCountAsync(12);
        await Expect(page.Locator("#attribution")).ToBeHiddenAsync();

        await page.Locator("details[data-list='digitaliseringsvorm'] > summary").ClickAsync();
        await page.Locator("#f-digitaliseringsvorm-ai").CheckAsync();
        await Expect(page.Locator("#count-initiatives")).ToHaveTextAsync(Number(aiInitiatives));
        await Expect(page.Locator("#count-activities")).ToHaveTextAsync(Number(aiActivities));
        await page.Locator("#f-digitaliseringsvorm-ai").UncheckAsync();

        var first = page.Locator("#initiative-list > li button").First;
        var firstName = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();
        await Expect(page.Locator("#detail-name")).ToHaveTextAsync(firstName);
        Assert.Equal(1, Scalar("SELECT count(*) FROM read_csv('{0}/initiatives.csv') WHERE name = '" + firstName.Replace("'", "''", StringComparison.Ordinal) + "'"));
        await page.ScreenshotAsync(new() { Path = ScreenshotPath("demo-release-map.png"), FullPage = true });

        var bytes = Directory.EnumerateFiles(Path.Combine(Release, "map")).Sum(f => new FileInfo(f).Length);
        output.WriteLine($"map folder of the demo release: {bytes:N0} bytes ({string.Join(", ", Directory.EnumerateFiles(Path.Combine(Release, "map")).Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length:N0}"))})");
        Assert.Empty(_errors);
    }

    private long Scalar(string sql)
    {
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = string.Format(CultureInfo.InvariantCulture, sql, Release.Replace("'", "''", StringComparison.Ordinal));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ScreenshotPath(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Find(), "TestResults", "map")).FullName;
        return Path.Combine(folder, name);
    }
}
