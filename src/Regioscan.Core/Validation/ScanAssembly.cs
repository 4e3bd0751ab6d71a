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
    /// <summary>The initiative columns compared between rows (the location is compared as the point it makes).</summary>
    private static readonly int[] Compared =
    [
        Columns.InitiativeName, Columns.Description, Columns.Website, Columns.Municipality, Columns.ServiceArea,
        Columns.Providers, Columns.LeadOrganisation, Columns.Funding, Columns.PolicyRationale, Columns.StartYear,
        Columns.EndYear, Columns.ContactPerson, Columns.ContactEmail, Columns.ContactPhone,
    ];

    private readonly Dictionary<string, Entry> _initiatives = new(StringComparer.Ordinal);
    private readonly Dictionary<UInt128, int> _activities = [];
    private readonly List<Activity> _kept = [];
    private (string Province, string? SourceId, string Name, string Id) _lastInitiative;

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

        var initiativeId = InitiativeIdOf(province, row.TextOf(Columns.InitiativeId), name);
        if (_initiatives.TryGetValue(initiativeId, out var earlier))
        {
            Compare(earlier, row);
        }
        else
        {
            var initiative = BuildInitiative(row, province, initiativeId, name);
            _initiatives.Add(initiative.InitiativeId, new Entry(
                initiative, row.Row, CompareValues(row), CompareInvalid(row), row.CoordinatesInvalid, row.Point));
        }

        if (row.TextOf(Columns.ActivityName) is not { } activityName)
        {
            return;
        }

        var activityId = StableIds.Activity(initiativeId, row.TextOf(Columns.ActivityId), activityName);
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
            _kept.Add(BuildActivity(row, initiativeId, province.Code, activityId, activityName));
        }
    }

    /// <summary>The harmonised scan; only meaningful when no row had an error.</summary>
    public ProvinceScan Build(Province province) => new()
    {
        ProvinceCode = province.Code,
        Initiatives = [.. _initiatives.Values.Select(e => e.First).OrderBy(i => i.InitiativeId, StringComparer.Ordinal)],
        Activities = [.. _kept.OrderBy(a => a.ActivityId, StringComparer.Ordinal)],
    };

    private static Initiative BuildInitiative(ParsedRow row, Province province, string initiativeId, string name) => new()
    {
        InitiativeId = initiativeId,
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

    private static Activity BuildActivity(ParsedRow row, string initiativeId, string provinceCode, string activityId, string name) => new()
    {
        ActivityId = activityId,
        InitiativeId = initiativeId,
        SourceId = row.TextOf(Columns.ActivityId),
        ProvinceCode = provinceCode,
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

    /// <summary>The stable id, remembered for the next row: an initiative's rows usually follow each other.</summary>
    private string InitiativeIdOf(Province province, string? sourceId, string name)
    {
        var last = _lastInitiative;
        if (last.Id is not null && last.Province == province.Code && last.SourceId == sourceId && last.Name == name)
        {
            return last.Id;
        }

        var id = StableIds.Initiative(province.Code, sourceId, name);
        _lastInitiative = (province.Code, sourceId, name, id);
        return id;
    }

    private UInt128 FingerprintOf(string id)
    {
        fingerprinter.Append(id);
        return fingerprinter.Finish();
    }

    /// <summary>Compares the parsed values, not their text: <c>Regionaal</c> and <c>regionaal</c> are the same code.</summary>
    private void Compare(Entry earlier, ParsedRow row)
    {
        var name = row.TextOf(Columns.InitiativeName)!;
        for (var i = 0; i < Compared.Length; i++)
        {
            var column = Compared[i];
            if (!earlier.Invalid[i] && !row.Invalid[column] && !Same(earlier.Values[i], row.Values[column]))
            {
                Conflict(earlier, row, name, column, column, Show(earlier.Values[i]));
            }
        }

        if (earlier.CoordinatesInvalid || row.CoordinatesInvalid || earlier.Point == row.Point)
        {
            return;
        }

        // A location given in RD on this row is reported on its RD columns.
        var (latitude, longitude) = row.PointFromRd ? (Columns.XRd, Columns.YRd) : (Columns.Latitude, Columns.Longitude);
        if (earlier.Point?.Latitude != row.Point?.Latitude)
        {
            Conflict(earlier, row, name, Columns.Latitude, latitude, Show(earlier.Point?.Latitude));
        }

        if (earlier.Point?.Longitude != row.Point?.Longitude)
        {
            Conflict(earlier, row, name, Columns.Longitude, longitude, Show(earlier.Point?.Longitude));
        }
    }

    private void Conflict(Entry earlier, ParsedRow row, string name, int compared, int reported, string before)
    {
        var column = ScanTemplate.Columns[compared].Name;
        var now = compared == reported ? row.Text[reported] : Show(compared == Columns.Latitude ? row.Point?.Latitude : row.Point?.Longitude);
        issues.Add(ErrorCodes.ConflictingInitiative, row.Row, ScanTemplate.Columns[reported].Name, NullIfEmpty(row.Text[reported]),
            string.Create(CultureInfo.InvariantCulture,
                $"Initiative '{name}' has {column} {Quote(now)} on this row, but {Quote(before)} on row {earlier.Row}."),
            string.Create(CultureInfo.InvariantCulture,
                $"Make {column} the same on every row of '{name}' (as on row {earlier.Row}), or give different initiatives different names."));
    }

    private static bool Same(object? a, object? b) =>
        a is string[] x && b is string[] y ? x.AsSpan().SequenceEqual(y) : Equals(a, b);

    /// <summary>A parsed value as the message shows it: codes joined by <c>|</c>, a municipality by its name.</summary>
    private static string Show(object? value) => value switch
    {
        null => string.Empty,
        string[] codes => string.Join('|', codes),
        Municipality municipality => municipality.Name,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Quote(string value) => value.Length == 0 ? "(empty)" : $"'{IssueList.Shorten(value)}'";

    /// <summary>The first row of an initiative: its record and the parsed values later rows must equal.</summary>
    // Only the compared columns of an initiative's first row are kept: the rest (its activity's cells) would
    // be held for nothing until the upload is done.
    private static object?[] CompareValues(ParsedRow row)
    {
        var values = new object?[Compared.Length];
        for (var i = 0; i < Compared.Length; i++)
        {
            values[i] = row.Values[Compared[i]];
        }

        return values;
    }

    private static bool[] CompareInvalid(ParsedRow row)
    {
        var invalid = new bool[Compared.Length];
        for (var i = 0; i < Compared.Length; i++)
        {
            invalid[i] = row.Invalid[Compared[i]];
        }

        return invalid;
    }

    /// <summary>An initiative's first row: Values and Invalid are by position in <see cref="Compared"/>.</summary>
    private sealed record Entry(Initiative First, int Row, object?[] Values, bool[] Invalid, bool CoordinatesInvalid, (double Latitude, double Longitude)? Point);
}
