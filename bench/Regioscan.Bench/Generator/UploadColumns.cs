using Regioscan.Core.CodeLists;
using Regioscan.Core.Validation;

namespace Regioscan.Bench.Generator;

/// <summary>
/// The columns a generated upload carries: every scan template column except <c>x_rd</c>/<c>y_rd</c>
/// (locations are given as latitude/longitude), initiative columns first, as the template orders them.
/// </summary>
internal static class UploadColumns
{
    public static IReadOnlyList<string> Initiative { get; } =
    [
        ScanTemplate.InitiativeId, ScanTemplate.InitiativeName, ScanTemplate.Description, ScanTemplate.Website,
        ScanTemplate.Province, ScanTemplate.Municipality, CodeListNames.ServiceArea, CodeListNames.Providers,
        ScanTemplate.LeadOrganisation, CodeListNames.Funding, CodeListNames.PolicyRationale, ScanTemplate.StartYear,
        ScanTemplate.EndYear, ScanTemplate.Latitude, ScanTemplate.Longitude, ScanTemplate.ContactPerson,
        ScanTemplate.ContactEmail, ScanTemplate.ContactPhone,
    ];

    public static IReadOnlyList<string> Activity { get; } =
    [
        ScanTemplate.ActivityId, ScanTemplate.ActivityName, CodeListNames.ActivityType, CodeListNames.TargetGroup,
        CodeListNames.Sectors, CodeListNames.DigitalisationForm, CodeListNames.Bottlenecks, ScanTemplate.ReachPerYear,
        ScanTemplate.ReachYear, CodeListNames.ImpactMeasurement,
    ];

    /// <summary>Where round 2 changes an initiative or an activity.</summary>
    public static int DescriptionIndex { get; } = IndexOf(Initiative, ScanTemplate.Description);

    public static int NameIndex { get; } = IndexOf(Initiative, ScanTemplate.InitiativeName);

    public static int FormsIndex { get; } = IndexOf(Activity, CodeListNames.DigitalisationForm);

    public static int ReachIndex { get; } = IndexOf(Activity, ScanTemplate.ReachPerYear);

    public static int ReachYearIndex { get; } = IndexOf(Activity, ScanTemplate.ReachYear);

    public static int Count => Initiative.Count + Activity.Count;

    /// <summary>The header row; every name must be a template column (checked, so a renamed column fails loudly).</summary>
    public static IEnumerable<string> Header()
    {
        foreach (var name in Initiative.Concat(Activity))
        {
            _ = ScanTemplate.IndexOf(name);
            yield return name;
        }
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException(name + " is not a generated column.");
    }
}
