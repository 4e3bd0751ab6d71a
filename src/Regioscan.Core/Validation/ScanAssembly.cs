using System.Globalization;
using Regioscan.Core.Geography;
using Regioscan.Core.Model;

namespace Regioscan.Core.Validation;

/// <summary>
/// Groups rows into initiatives and activities by their stable ids: checks that an initiative is the
/// same on each of its rows and that no activity appears twice, and keeps the harmonised records
/// while the upload is still valid (once it is not, nothing but the ids' fingerprints is kept).
/// </summary>
internal sealed class ScanAssembly(IssueList issues, Fingerprinter fingerprinter)
{
    /// <summary>The initiative columns compared between rows, with the harmonised value each compares.</summary>
    private static readonly (int Column, Func<Initiative, string?> Value)[] Compared =
    [
        (Columns.InitiativeName, i => i.Name),
        (Columns.Description, i => i.Description),
        (Columns.Website, i => i.Website),
        (Columns.Municipality, i => i.MunicipalityCode),
        (Columns.ServiceArea, i => i.ServiceArea),
        (Columns.Providers, i => string.Join('|', i.Providers)),
        (Columns.LeadOrganisation, i => i.LeadOrganisation),
        (Columns.Funding, i => i.Funding),
        (Columns.PolicyRationale, i => string.Join('|', i.PolicyRationale)),
        (Columns.StartYear, i => Invariant(i.StartYear)),
        (Columns.EndYear, i => Invariant(i.EndYear)),
        (Columns.Latitude, i => Invariant(i.Latitude)),
        (Columns.Longitude, i => Invariant(i.Longitude)),
        (Columns.ContactPerson, i => i.ContactPerson),
        (Columns.ContactEmail, i => i.ContactEmail),
        (Columns.ContactPhone, i => i.ContactPhone),
    ];

    private readonly Dictionary<string, Entry> _initiatives = new(StringComparer.Ordinal);
    private readonly Dictionary<UInt128, int> _activities = [];
    private readonly List<Activity> _kept = [];

    /// <summary>
    /// Adds the row's initiative and activity. <paramref name="keep"/> says whether the upload is still
    /// valid, so that the harmonised activity is worth keeping.
    /// </summary>
    public void Add(ParsedRow row, Province province, bool keep)
    {
        if (row.TextOf(Columns.InitiativeName) is not { } name)
        {
            return;
        }

        var initiative = BuildInitiative(row, province, name);
        if (_initiatives.TryGetValue(initiative.InitiativeId, out var earlier))
        {
            Compare(earlier, initiative, row);
        }
        else
        {
            _initiatives.Add(initiative.InitiativeId, new Entry(initiative, row.Row, (bool[])row.Invalid.Clone(), row.CoordinatesInvalid, row.PointFromRd));
        }

        if (row.TextOf(Columns.ActivityName) is not { } activityName)
        {
            return;
        }

        var activityId = StableIds.Activity(initiative.InitiativeId, row.TextOf(Columns.ActivityId), activityName);
        var key = FingerprintOf(activityId);
        if (!_activities.TryAdd(key, row.Row))
        {
            var byId = row.HasText(Columns.ActivityId);
            var column = byId ? Columns.ActivityId : Columns.ActivityName;
            issues.Add(ErrorCodes.DuplicateActivity, row.Row, ScanTemplate.Columns[column].Name, row.Text[column],
                string.Create(CultureInfo.InvariantCulture,
                    $"Row {_activities[key]} already describes this activity of initiative '{name}' (the same {(byId ? "activiteit_id" : "activiteit_naam")})."),
                byId
                    ? "Give each activity its own activiteit_id, or merge the two rows."
                    : "Give each activity of the initiative its own activiteit_naam, or merge the two rows.");
            return;
        }

        if (keep)
        {
            _kept.Add(BuildActivity(row, initiative, activityId, activityName));
        }
    }

    /// <summary>The harmonised scan; only meaningful when no row had an error.</summary>
    public ProvinceScan Build(Province province) => new()
    {
        ProvinceCode = province.Code,
        Initiatives = [.. _initiatives.Values.Select(e => e.First).OrderBy(i => i.InitiativeId, StringComparer.Ordinal)],
        Activities = [.. _kept.OrderBy(a => a.ActivityId, StringComparer.Ordinal)],
    };

    private static string? Invariant<T>(T? value)
        where T : struct, IFormattable =>
        value?.ToString(null, CultureInfo.InvariantCulture);

    private static Initiative BuildInitiative(ParsedRow row, Province province, string name) => new()
    {
        InitiativeId = StableIds.Initiative(province.Code, row.TextOf(Columns.InitiativeId), name),
        SourceId = row.TextOf(Columns.InitiativeId),
        ProvinceCode = province.Code,
        ProvinceName = province.Name,
        Name = name,
        Description = row.TextOf(Columns.Description),
        Website = row.TextOf(Columns.Website),
        MunicipalityCode = row.Municipality?.Code,
        MunicipalityName = row.Municipality?.Name,
        ServiceArea = row.TextOf(Columns.ServiceArea) ?? string.Empty,
        Providers = row.CodesOf(Columns.Providers),
        LeadOrganisation = row.TextOf(Columns.LeadOrganisation),
        Funding = row.TextOf(Columns.Funding),
        PolicyRationale = row.CodesOf(Columns.PolicyRationale),
        StartYear = row.YearOf(Columns.StartYear),
        EndYear = row.YearOf(Columns.EndYear),
        Latitude = row.Point?.Latitude,
        Longitude = row.Point?.Longitude,
        ContactPerson = row.TextOf(Columns.ContactPerson),
        ContactEmail = row.TextOf(Columns.ContactEmail),
        ContactPhone = row.TextOf(Columns.ContactPhone),
    };

    private static Activity BuildActivity(ParsedRow row, Initiative initiative, string activityId, string name) => new()
    {
        ActivityId = activityId,
        InitiativeId = initiative.InitiativeId,
        SourceId = row.TextOf(Columns.ActivityId),
        ProvinceCode = initiative.ProvinceCode,
        Name = name,
        ActivityType = row.TextOf(Columns.ActivityType) ?? string.Empty,
        TargetGroups = row.CodesOf(Columns.TargetGroups),
        Sectors = row.CodesOf(Columns.Sectors),
        DigitalisationForms = row.CodesOf(Columns.DigitalisationForms),
        Bottlenecks = row.CodesOf(Columns.Bottlenecks),
        ReachPerYear = row.Values[Columns.ReachPerYear] as long?,
        ReachYear = row.YearOf(Columns.ReachYear),
        ImpactMeasurement = row.TextOf(Columns.ImpactMeasurement),
    };

    private UInt128 FingerprintOf(string id)
    {
        fingerprinter.Append(id);
        return fingerprinter.Finish();
    }

    private void Compare(Entry earlier, Initiative current, ParsedRow row)
    {
        foreach (var (column, value) in Compared)
        {
            var isCoordinate = column == Columns.Latitude || column == Columns.Longitude;
            if (isCoordinate ? earlier.CoordinatesInvalid || row.CoordinatesInvalid : earlier.Invalid[column] || row.Invalid[column])
            {
                continue;
            }

            var before = value(earlier.First);
            var now = value(current);
            if (string.Equals(before, now, StringComparison.Ordinal))
            {
                continue;
            }

            // A location given in RD on this row is reported on its RD columns.
            var reported = isCoordinate && row.PointFromRd ? (column == Columns.Latitude ? Columns.XRd : Columns.YRd) : column;
            var name = ScanTemplate.Columns[reported].Name;
            var shownNow = isCoordinate ? now : row.Text[reported];
            issues.Add(ErrorCodes.ConflictingInitiative, row.Row, name, NullIfEmpty(row.Text[reported]),
                string.Create(CultureInfo.InvariantCulture,
                    $"Initiative '{current.Name}' has {ScanTemplate.Columns[column].Name} {Show(shownNow)} on this row, but {Show(before)} on row {earlier.Row}."),
                string.Create(CultureInfo.InvariantCulture,
                    $"Make {ScanTemplate.Columns[column].Name} the same on every row of '{current.Name}' (as on row {earlier.Row}), or give different initiatives different names."));
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? "(empty)" : $"'{IssueList.Shorten(value)}'";

    private sealed record Entry(Initiative First, int Row, bool[] Invalid, bool CoordinatesInvalid, bool PointFromRd);
}
