using Regioscan.Core.Geography;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;

namespace Regioscan.Map.Tests.Releases.Map;

/// <summary>A small national release built in code: ten initiatives in four provinces.</summary>
internal static class SampleRelease
{
    public const string HackName = "Hack <script>alert(1)</script> test";

    public static ReleaseTables Build()
    {
        var initiatives = new List<Initiative>
        {
            Make(1, "PV20", "Digitale Werkplaats Groningen", 53.22, 6.57),
            Make(2, "PV20", "Cyberveilig Ommelanden", 53.30, 6.80),
            Make(3, "PV26", HackName, 52.09, 5.12),
            Make(4, "PV26", "AI-lab Utrecht", 52.10, 5.18),
            Make(5, "PV26", "Webshop Academie", null, null),
            Make(6, "PV28", "Smart Industry Hub Zuid-Holland", 51.92, 4.48),
            Make(7, "PV28", "Data Valley Delft", 52.01, 4.36),
            Make(8, "PV28", "Haven Digitaal Fryslân", 51.90, 4.40),
            Make(9, "PV30", "Brainport mkb-scan", 51.44, 5.47),
            Make(10, "PV30", "Agrifood Digitaal Brabant", 51.69, 5.30),
        };

        var activities = new List<Activity>
        {
            Act(1, 1, "training", ["basisvaardigheden"], ["kennis"], 120),
            Act(1, 2, "advies", ["online_marketing", "data"], ["tijd"], 40),
            Act(2, 1, "bewustwording", ["cybersecurity"], ["vertrouwen", "bewustzijn"], 300),
            Act(3, 1, "kennisdeling", ["ai"], ["kennis"], null),
            Act(4, 1, "experimenteren", ["ai", "data"], ["kennis", "middelen"], 60),
            Act(4, 2, "training", ["ai"], ["personeel"], 80),
            Act(5, 1, "training", ["online_marketing"], ["kennis"], 200),
            Act(6, 1, "advies", ["smart_industry", "automatisering"], ["middelen"], 25),
            Act(7, 1, "onderzoek", ["data", "ai"], ["kennis"], 15),
            Act(8, 1, "matchmaking", ["ketensamenwerking"], ["onoverzichtelijk_aanbod"], 50),
            Act(9, 1, "advies", ["digitale_strategie"], ["bewustzijn"], 90),
            Act(9, 2, "financiering", ["automatisering"], ["middelen"], 30),
            Act(10, 1, "bewustwording", ["data"], ["bewustzijn"], 150),
        };

        return Tables(initiatives, activities);
    }

    /// <summary>
    /// <paramref name="count"/> initiatives in Utrecht with one training each, named <c>Initiatief 001</c>… in the
    /// reverse order of their ids, for a list longer than the map shows at once.
    /// </summary>
    public static ReleaseTables Many(int count)
    {
        var ids = Enumerable.Range(1, count).ToList();
        return Tables(
            ids.Select(n => Make(n, "PV26", $"Initiatief {count - n + 1:000}", 52.0 + (n * 0.001), 5.1)).ToList(),
            ids.Select(n => Act(n, 1, "training", ["data"], ["kennis"], 10)).ToList());
    }

    public static string InitiativeId(int n) => $"INI{n:000}";

    private static ReleaseTables Tables(List<Initiative> initiatives, List<Activity> activities)
    {
        var provinceOf = initiatives.ToDictionary(i => i.InitiativeId, i => i.ProvinceCode);
        activities = activities.Select(a => a with { ProvinceCode = provinceOf[a.InitiativeId] }).ToList();
        var published = initiatives
            .Select(i =>
            {
                var own = activities.Where(a => a.InitiativeId == i.InitiativeId).ToList();
                var reach = own.Any(a => a.ReachPerYear is not null) ? own.Sum(a => a.ReachPerYear ?? 0) : (long?)null;
                return new PublishedInitiative(i, own.Count, reach);
            })
            .ToList();
        return new ReleaseTables(published, activities);
    }

    private static Initiative Make(int n, string province, string name, double? latitude, double? longitude) => new()
    {
        InitiativeId = InitiativeId(n),
        SourceId = $"src-{n}",
        ProvinceCode = province,
        ProvinceName = Provinces.FindByCode(province)!.Name,
        Name = name,
        Description = $"Omschrijving van {name}, met \u2028 een regelscheiding.",
        Website = n == 2 ? "javascript:alert(2)" : $"https://example.org/{n}",
        MunicipalityName = n % 2 == 0 ? "Utrecht" : null,
        ServiceArea = n % 3 == 0 ? "provinciaal" : "regionaal",
        Providers = n % 2 == 0 ? ["provincie", "kvk"] : ["rom", "onderwijs"],
        LeadOrganisation = $"Penvoerder {n}",
        Funding = n >= 9 ? "structureel" : "projectmatig",
        PolicyRationale = n % 2 == 0 ? ["informatiefalen"] : ["kennisspillovers", "coordinatiefalen"],
        StartYear = 2020,
        EndYear = n == 1 ? 2026 : null,
        Latitude = latitude,
        Longitude = longitude,
        ContactPerson = $"Jan Contact {n}",
        ContactEmail = $"jan{n}@contact.invalid",
        ContactPhone = $"06-1234567{n % 10}",
    };

    private static Activity Act(int initiative, int n, string type, IReadOnlyList<string> forms, IReadOnlyList<string> bottlenecks, long? reach) => new()
    {
        ActivityId = $"{InitiativeId(initiative)}-A{n}",
        InitiativeId = InitiativeId(initiative),
        ProvinceCode = string.Empty,
        Name = $"Activiteit {n} van {initiative}",
        ActivityType = type,
        TargetGroups = ["mkb_breed"],
        Sectors = initiative % 2 == 0 ? ["maakindustrie"] : [],
        DigitalisationForms = forms,
        Bottlenecks = bottlenecks,
        ReachPerYear = reach,
        ReachYear = reach is null ? null : 2024,
        ImpactMeasurement = (initiative, n) switch { (4, 2) or (9, 1) => "effect", (7, _) => null, _ => "output" },
    };
}
