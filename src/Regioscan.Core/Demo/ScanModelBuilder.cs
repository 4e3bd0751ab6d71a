using System.Globalization;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Geography;
using Regioscan.Core.Text;

namespace Regioscan.Core.Demo;

/// <summary>
/// Draws the initiatives of the demo from one seeded <see cref="Random"/>, in a fixed order, so a seed
/// always gives the same data.
/// </summary>
internal sealed class ScanModelBuilder(Random random)
{
    private const int TargetActivities = 600;
    private static readonly double[] ActivityCountWeights = [18, 32, 25, 13, 7, 5];
    private static readonly string?[] FundingCodes = ["structureel", "projectmatig", "ad_hoc", null];
    // The synthesis: "een aanzienlijk deel ad hoc gefinancierd".
    private static readonly double[] FundingWeights = [27, 42, 28, 3];
    private static readonly string[] Rationales = ["informatiefalen", "coordinatiefalen", "kennisspillovers", "capaciteitsfalen", "financieringsfalen", "transitiefalen"];
    private static readonly int[] StartYears = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
    private static readonly double[] StartYearWeights = [3, 4, 5, 7, 9, 10, 12, 13, 10, 5, 3];
    private static readonly string[] FirstNames = ["Anne", "Bram", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Iris", "Jeroen", "Kim", "Lotte", "Mark", "Noor", "Pieter", "Renske", "Sanne", "Thijs", "Wouter", "Yara", "Zoë"];
    private static readonly string[] LastNames = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "van der Meer", "Hoekstra", "Kuipers"];

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _kinds = new(StringComparer.Ordinal);

    /// <summary>The initiatives of every province, keyed by province code, about 220 with about 600 activities.</summary>
    public SortedDictionary<string, List<DemoInitiative>> BuildAll(IReadOnlyList<ProvinceProfile> profiles)
    {
        var counts = profiles.Select(p => Enumerable.Range(0, p.Initiatives + random.Next(-1, 2))
            .Select(_ => 1 + random.WeightedIndex(ActivityCountWeights)).ToList()).ToList();
        CalibrateActivityCounts(counts);
        var scans = new SortedDictionary<string, List<DemoInitiative>>(StringComparer.Ordinal);
        for (var p = 0; p < profiles.Count; p++)
        {
            scans[profiles[p].Code] = counts[p].Select((count, i) => BuildInitiative(profiles[p], i + 1, count)).ToList();
        }

        ReachCalibration.Scale(random, scans);
        return scans;
    }

    /// <summary>
    /// One initiative of <paramref name="profile"/>, the <paramref name="number"/>th of its scan;
    /// <paramref name="alwaysId"/> gives it an id even where the province leaves some out.
    /// </summary>
    public DemoInitiative BuildInitiative(ProvinceProfile profile, int number, int activityCount, bool alwaysId = false)
    {
        var (theme, pattern, region, name) = PickName(profile);
        var municipality = FindMunicipality(profile, random.Pick(region.Municipalities));
        var leadType = random.Pick(theme.LeadTypes);
        var lead = Organisations.Name(random, leadType, profile, theme, pattern, municipality);
        var style = profile.Style;
        // Where a province numbers only some initiatives, about one in nine goes without (a fixed rule
        // rather than a draw, so every seed shows it).
        var sourceId = style.IdPrefix is null || (style.PartialIds && number % 9 == 4 && !alwaysId)
            ? null
            : style.IdPrefix + "-" + number.ToString("000", CultureInfo.InvariantCulture);
        var activities = ActivityBuilder.Build(random, theme, pattern, activityCount, sourceId, style.PartialIds);
        var located = random.Chance(0.88);
        var funding = FundingCodes[random.WeightedIndex(FundingWeights)];
        var (start, end) = Years(funding);
        var contact = random.Chance(0.88);
        var first = random.Pick(FirstNames);
        var last = random.Pick(LastNames);
        return new DemoInitiative
        {
            ProvinceCode = profile.Code,
            SourceId = sourceId,
            Name = name,
            Description = random.Chance(0.08) ? null : Description(theme, pattern, region, name, lead, activities, style.AllowsLineBreaks),
            Website = Website(name, lead),
            Municipality = random.Chance(0.07) ? null : municipality,
            Latitude = located ? Jitter(municipality.Latitude) : null,
            Longitude = located ? Jitter(municipality.Longitude) : null,
            ServiceArea = pattern.IsRegional ? region.ServiceArea : "landelijk",
            Providers = CodeOrder.Sort(CodeListNames.Providers, [leadType, .. random.PickFront(theme.PartnerTypes, random.WeightedIndex([15, 35, 35, 15]))]),
            LeadOrganisation = random.Chance(0.05) ? null : lead,
            Funding = funding,
            PolicyRationale = CodeOrder.Sort(CodeListNames.PolicyRationale, PolicyRationale(activities)),
            StartYear = start,
            EndYear = end,
            ContactPerson = contact ? first + " " + last + " (fictief)" : null,
            ContactEmail = contact ? Slug(first) + "." + TextKey.Normalise(last) + "@regioscan-demo.example" : null,
            ContactPhone = contact ? "06-0000" + random.Next(0, 10_000).ToString("0000", CultureInfo.InvariantCulture) : null,
            Activities = activities,
        };
    }

    /// <summary>A URL-safe slug: <c>MKB Digitaal Fryslân</c> → <c>mkb-digitaal-fryslan</c>.</summary>
    public static string Slug(string text) =>
        string.Join('-', text.Split([' ', '-', '/', '\'', '&', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => TextKey.Normalise(word))
            .Where(word => word.Length > 0));

    private (Theme Theme, NamePattern Pattern, Region Region, string Name) PickName(ProvinceProfile profile)
    {
        var weights = Themes.All.Select(t => t.Weight).ToArray();
        for (var attempt = 0; ; attempt++)
        {
            var theme = Themes.All[random.WeightedIndex(weights)];
            var pattern = random.Pick(theme.Names);
            var regions = theme.ProvinceWide || !pattern.IsRegional ? [profile.Regions[0]]
                : theme.RegionalOnly ? profile.Regions.Where(r => r.ServiceArea != "lokaal").ToArray()
                : profile.Regions;
            var region = random.Pick(regions);
            var name = pattern.Text.Replace("{R}", region.Name, StringComparison.Ordinal);
            // One initiative of a kind per region: a region does not run three digitalisation programmes.
            var kind = profile.Code + "/" + theme.Names[0].Text + "/" + region.Name;
            if (attempt > 100)
            {
                // Practically unreachable; keeps names unique whatever the seed.
                name += " " + attempt.ToString(CultureInfo.InvariantCulture);
            }

            if ((attempt > 50 || !_kinds.Contains(kind)) && _names.Add(TextKey.Normalise(name)))
            {
                _kinds.Add(kind);
                return (theme, pattern, region, name);
            }
        }
    }

    private static Municipality FindMunicipality(ProvinceProfile profile, string name)
    {
        var municipality = Municipalities.Find(name);
        return municipality is not null && municipality.ProvinceCode == profile.Code
            ? municipality
            : throw new InvalidOperationException("Municipality '" + name + "' is not in " + profile.Code + ".");
    }

    private (int? Start, int? End) Years(string? fundingCode)
    {
        if (random.Chance(0.06))
        {
            return (null, null);
        }

        var start = StartYears[random.WeightedIndex(StartYearWeights)];
        var endChance = fundingCode switch { "projectmatig" => 0.8, "ad_hoc" => 0.6, _ => 0.15 };
        if (!random.Chance(endChance))
        {
            return (start, null);
        }

        // Every initiative in the scan still ran in 2022, and none plans beyond 2026.
        var low = Math.Max(start, 2022);
        var high = Math.Min(2026, Math.Max(low, start + 4));
        return (start, random.Next(low, high + 1));
    }

    private List<string> PolicyRationale(List<DemoActivity> activities)
    {
        if (random.Chance(0.18))
        {
            return [];
        }

        if (random.Chance(0.08))
        {
            return ["geen_expliciete"];
        }

        var rationale = random.PickFront(Rationales, random.Chance(0.6) ? 1 : 2);
        if (activities.Any(a => a.Type == "financiering") && random.Chance(0.6))
        {
            rationale.Add("financieringsfalen");
        }

        return rationale;
    }

    private string Description(Theme theme, NamePattern pattern, Region region, string name, string lead, List<DemoActivity> activities, bool lineBreaks)
    {
        var sentence = random.Pick(theme.Descriptions)
            .Replace("{N}", name, StringComparison.Ordinal)
            .Replace("{IN}", pattern.IsRegional ? region.In : "in heel Nederland", StringComparison.Ordinal)
            .Replace("{O}", lead, StringComparison.Ordinal);
        if (!lineBreaks || activities.Count < 2 || !random.Chance(0.15))
        {
            return sentence;
        }

        // Pasted from a brochure: a bullet list, sometimes without the introduction (then the cell starts with "-").
        var bullets = string.Join('\n', activities.Select(a => "- " + a.Name));
        return random.Chance(0.3) ? bullets : sentence + "\nWat we bieden:\n" + bullets;
    }

    private string? Website(string name, string lead)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.1 => null,
            < 0.3 => "https://www." + Slug(lead).Replace("-", string.Empty, StringComparison.Ordinal) + ".nl/" + Slug(name),
            _ => "https://www." + Slug(name) + ".nl",
        };
    }

    private double Jitter(double degrees) => Math.Round(degrees + ((random.NextDouble() * 2) - 1) * 0.0019, 6);

    private void CalibrateActivityCounts(List<List<int>> counts)
    {
        var all = counts.SelectMany((list, p) => list.Select((_, i) => (p, i))).ToArray();
        var target = TargetActivities + random.Next(-12, 13);
        var total = counts.Sum(list => list.Sum());
        while (total != target)
        {
            var (p, i) = all[random.Next(all.Length)];
            var step = total > target ? -1 : 1;
            var next = counts[p][i] + step;
            if (next is >= 1 and <= 6)
            {
                counts[p][i] = next;
                total += step;
            }
        }
    }
}
