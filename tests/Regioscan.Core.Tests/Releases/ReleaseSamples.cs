using Regioscan.Core.Model;
using Regioscan.Core.Releases;

namespace Regioscan.Core.Tests.Releases;

/// <summary>
/// Small national tables with the awkward cases: NULLs, lists, empty lists, a name with &lt;script&gt;,
/// texts that start like a formula, Fryslân, an initiative without location, one with a negative
/// longitude, quotes and a line break inside a cell, and personal data that must never be published.
/// </summary>
internal static class ReleaseSamples
{
    public const string ScriptName = "Fryslân <script>alert('x')</script> Digitaal";
    public const string FormulaDescription = "=HYPERLINK(\"http://example.org\";\"klik\")";
    public const string ContactName = "Jan Jansen";
    public const string ContactEmail = "jan.jansen@example.nl";

    public static ReleaseTables Tables() => NationalMerge.Merge([Groningen(), Fryslan(), NoordHolland()]);

    public static ReleaseTables Empty() => NationalMerge.Merge([]);

    private static ProvinceScan Groningen()
    {
        var werkplaats = new Initiative
        {
            InitiativeId = "PV20-dwg",
            SourceId = "DWG",
            ProvinceCode = "PV20",
            ProvinceName = "Groningen",
            Name = "Digitale Werkplaats Groningen",
            Description = FormulaDescription,
            Website = "https://dwg.example.nl",
            MunicipalityCode = "GM0014",
            MunicipalityName = "Groningen",
            ServiceArea = "regionaal",
            Providers = ["provincie", "rom", "onderwijs"],
            LeadOrganisation = "-Noorderpoort",
            Funding = "structureel",
            PolicyRationale = ["informatiefalen", "kennisspillovers"],
            StartYear = 2019,
            EndYear = 2026,
            Latitude = 53.2194,
            Longitude = 6.5665,
            ContactPerson = ContactName,
            ContactEmail = ContactEmail,
            ContactPhone = "050-1234567",
        };
        var voucher = new Initiative
        {
            InitiativeId = "PV20-voucher",
            ProvinceCode = "PV20",
            ProvinceName = "Groningen",
            Name = "+Voucher Noord",
            ServiceArea = "provinciaal",
            Providers = ["rijk", "provincie"],
            Funding = "projectmatig",
            PolicyRationale = ["financieringsfalen"],
            StartYear = 2023,
            Latitude = 53.123456789,
            Longitude = 6.987654321,
        };
        return new ProvinceScan
        {
            ProvinceCode = "PV20",
            Initiatives = [werkplaats, voucher],
            Activities =
            [
                new Activity
                {
                    ActivityId = "PV20-dwg.a1",
                    InitiativeId = "PV20-dwg",
                    SourceId = "A1",
                    ProvinceCode = "PV20",
                    Name = "Workshop AI voor het mkb",
                    ActivityType = "training",
                    TargetGroups = ["mkb_breed", "digitale_beginners"],
                    Sectors = ["maakindustrie"],
                    DigitalisationForms = ["data", "ai"],
                    Bottlenecks = ["kennis"],
                    ReachPerYear = 1250,
                    ReachYear = 2024,
                    ImpactMeasurement = "output",
                },
                new Activity
                {
                    ActivityId = "PV20-dwg.a2",
                    InitiativeId = "PV20-dwg",
                    ProvinceCode = "PV20",
                    Name = "@Home webinars",
                    ActivityType = "bewustwording",
                    TargetGroups = ["zzp"],
                    DigitalisationForms = ["online_marketing"],
                    Bottlenecks = ["bewustzijn", "tijd"],
                },
                new Activity
                {
                    ActivityId = "PV20-voucher.n0123456789",
                    InitiativeId = "PV20-voucher",
                    ProvinceCode = "PV20",
                    Name = "Voucher \"digitale stap\"",
                    ActivityType = "financiering",
                    TargetGroups = ["micro", "klein"],
                    Sectors = ["alle_sectoren"],
                    DigitalisationForms = ["automatisering"],
                    Bottlenecks = ["middelen"],
                    ReachPerYear = 300,
                    ReachYear = 2024,
                    ImpactMeasurement = "geen",
                },
            ],
        };
    }

    private static ProvinceScan Fryslan() => new()
    {
        ProvinceCode = "PV21",
        Initiatives =
        [
            new Initiative
            {
                InitiativeId = "PV21-n1a2b3c4d5e",
                ProvinceCode = "PV21",
                ProvinceName = "Fryslân",
                Name = ScriptName,
                MunicipalityCode = "GM1900",
                MunicipalityName = "Súdwest-Fryslân",
                ServiceArea = "lokaal",
                Providers = ["gemeente"],
            },
        ],
        Activities =
        [
            new Activity
            {
                ActivityId = "PV21-n1a2b3c4d5e.n9f8e7d6c5b",
                InitiativeId = "PV21-n1a2b3c4d5e",
                ProvinceCode = "PV21",
                Name = "Spreekuur digitale veiligheid",
                ActivityType = "advies",
                TargetGroups = ["micro"],
                Sectors = ["horeca", "detailhandel"],
                DigitalisationForms = ["cybersecurity"],
                Bottlenecks = ["vertrouwen"],
                ReachPerYear = 40,
                ReachYear = 2023,
                ImpactMeasurement = "geen",
            },
        ],
    };

    private static ProvinceScan NoordHolland() => new()
    {
        ProvinceCode = "PV27",
        Initiatives =
        [
            new Initiative
            {
                InitiativeId = "PV27-liaison",
                ProvinceCode = "PV27",
                ProvinceName = "Noord-Holland",
                Name = "Liaison Londen",
                Description = "Regel 1\r\nRegel 2, met komma",
                LeadOrganisation = "\tTab BV",
                ServiceArea = "landelijk",
                Providers = ["bedrijfsleven", "edih"],
                PolicyRationale = [],
                Latitude = 51.5072,
                Longitude = -0.1276,
            },
        ],
        Activities = [],
    };
}
