using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;
using Regioscan.Core.Geography;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Releases.Summary;
using Regioscan.Core.Text;

namespace Regioscan.Core.Validation;

/// <summary>
/// Groups rows into initiatives and activities by their stable ids: checks that an initiative is the
/// same on each of its rows and that no activity appears twice, and spools the harmonised records as their staged
/// lines (<see cref="LineSpool"/>; activities only while the upload is still valid, initiatives always, since a later
/// conflict's message reads its first row back). In memory it keeps, per initiative, the slot of its
/// line, a fingerprint of each compared value of its first row and its aggregates, and per activity the slot of its
/// line (and its id too once the activities have come out of id order, for the sort): an upload of 130,000 activities
/// is staged in tens of megabytes, not hundreds.
/// </summary>
/// <remarks>
/// An initiative's line is spooled once the initiative is complete, as its published line (with its activity count and
/// reach): that is when the next initiative starts, or at the end. Until then its record stays in memory (one). So when
/// every initiative's rows come together and in id order, as in a province's file sorted by its own ids, the
/// initiatives' spool is <c>initiatives.jsonl</c> as it is, and the activities' spool <c>activities.jsonl</c> when its
/// activities came in id order (<see cref="StagedScan.SpooledInitiatives"/>); otherwise the staged files are written
/// from the spooled lines in id order.
/// </remarks>
internal sealed class ScanAssembly : IDisposable
{
    /// <summary>The initiative columns compared between rows (the location is compared as the point it makes).</summary>
    private static readonly int[] Compared =
    [
        Columns.InitiativeName, Columns.Description, Columns.Website, Columns.Municipality, Columns.ServiceArea,
        Columns.Providers, Columns.LeadOrganisation, Columns.Funding, Columns.PolicyRationale, Columns.StartYear,
        Columns.EndYear, Columns.ContactPerson, Columns.ContactEmail, Columns.ContactPhone,
    ];

    /// <summary>The property of a staged initiative line that holds each compared value (by position in <see cref="Compared"/>).</summary>
    private static readonly string[] ComparedProperties =
    [
        "name", "description", "website", "municipality_name", "service_area",
        "providers", "lead_organisation", "funding", "policy_rationale", "start_year",
        "end_year", "contact_person", "contact_email", "contact_phone",
    ];

    private readonly IssueList _issues;
    private readonly Fingerprinter _fingerprinter;
    private readonly Dictionary<string, Entry> _initiatives = new(StringComparer.Ordinal);

    /// <summary>The first initiative of each name (a fingerprint of its normalised name), to find one given with and without an id.</summary>
    private readonly Dictionary<ulong, Entry> _byName = [];
    private readonly Dictionary<Fingerprint128, int> _activities = [];
    private readonly List<SpoolSlot> _kept = [];
    private List<string>? _keptIds;
    private string? _lastKeptId;
    private readonly SummaryCounter _summary = new();
    private LineSpool? _initiativeLines;
    private LineSpool? _activityLines;
    private Entry? _open;
    private Initiative? _openRecord;
    private string? _lastClosedId;
    private bool _initiativesInPlace = true;
    private (string Province, string? SourceId, string Name, string Id) _lastInitiative;

    /// <summary>Creates the assembly; <paramref name="spool"/> makes the two scratch streams the records are spooled to.</summary>
    public ScanAssembly(IssueList issues, Fingerprinter fingerprinter, Func<Stream> spool)
    {
        _issues = issues;
        _fingerprinter = fingerprinter;
        _initiativeLines = new LineSpool(spool());
        _activityLines = new LineSpool(spool());
    }

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
        if (_initiatives.TryGetValue(initiativeId, out var initiative))
        {
            // A row of an initiative whose line was spooled already: that line's aggregates may change.
            _initiativesInPlace &= ReferenceEquals(initiative, _open);
            Compare(initiative, row);
            if (initiative.NamesakeWithId is { } namesake)
            {
                MissingInitiativeId(row.Row, name, namesake);
            }
        }
        else
        {
            CloseOpenInitiative();
            initiative = NewEntry(row, province, initiativeId, name);
            _initiatives.Add(initiativeId, initiative);
            MatchNamesake(initiative, row.Row, name);
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
            _issues.Add(ErrorCodes.DuplicateActivity, row.Row, ScanTemplate.Columns[column].Name, row.Text[column],
                string.Create(CultureInfo.InvariantCulture,
                    $"Row {_activities[key]} already describes this activity of initiative '{name}' (the same {(byId ? "activiteit_id" : "activiteit_naam")})."),
                byId
                    ? "Give each activity its own activiteit_id, or merge the two rows."
                    : "Give each activity of the initiative its own activiteit_naam, or merge the two rows.");
            return;
        }

        if (keep)
        {
            var activity = BuildActivity(row, initiativeId, province.Code, activityId, activityName);
            Keep(activityId, _activityLines!.Append(activity, StagedScanJson.ActivityTypeInfo));
            _summary.CountActivity(activity);
            initiative.ActivityCount++;
            if (activity.ReachPerYear is { } reach)
            {
                initiative.Reach = (initiative.Reach ?? 0) + reach;
            }
        }
    }

    /// <summary>
    /// The harmonised scan, its records in id order; only meaningful when no row had an error. The spools go to the
    /// scan (which deletes them when disposed), so this is called once.
    /// </summary>
    public StagedScan Build(Province province)
    {
        CloseOpenInitiative();
        var initiatives = NationalMerge.ById(_initiatives.Values, e => e.Id);
        var initiativeSlots = new InitiativeSlot[initiatives.Length];
        for (var i = 0; i < initiatives.Length; i++)
        {
            var entry = initiatives[i];
            _summary.CountInitiative(province.Code);
            _summary.CountInitiativeCodes(province.Code, entry.SummaryPositions, entry.ActivityCount);
            initiativeSlots[i] = new InitiativeSlot(entry.Line, entry.ActivityCount, entry.Reach);
        }

        var summary = _summary.Rows().Single(r => r.ProvinceCode == province.Code);
        var scan = new StagedScan(
            province.Code, _initiativeLines!, initiativeSlots, _activityLines!, KeptInIdOrder(), summary, _initiativesInPlace, activitiesInPlace: _keptIds is null);
        _initiativeLines = null;
        _activityLines = null;
        return scan;
    }

    /// <summary>Deletes the spools unless <see cref="Build"/> handed them on.</summary>
    public void Dispose()
    {
        _initiativeLines?.Dispose();
        _activityLines?.Dispose();
    }

    /// <summary>
    /// Remembers a kept activity's line. Activities usually come in id order (a province's file sorted by its own ids),
    /// and then their slots are all that is needed; the first one out of order makes the ids of those before it read
    /// back from the spool, once, and from then on each id is kept for the sort (at 130,000 activities, 9 MiB).
    /// </summary>
    private void Keep(string activityId, SpoolSlot line)
    {
        if (_keptIds is null && _lastKeptId is not null && string.CompareOrdinal(_lastKeptId, activityId) > 0)
        {
            _keptIds = new List<string>(_kept.Capacity);
            _activityLines!.ReadLines(_kept, (index, text) => _keptIds.Add(StagedScanJson.Activities.IdOf(text, index + 1)));
        }

        _kept.Add(line);
        _keptIds?.Add(activityId);
        _lastKeptId = activityId;
    }

    /// <summary>The kept activities' slots in id order (ordinal); the ids, if kept, are sorted where they are.</summary>
    private SpoolSlot[] KeptInIdOrder()
    {
        var slots = _kept.ToArray();
        if (_keptIds is not null)
        {
            CollectionsMarshal.AsSpan(_keptIds).Sort(slots.AsSpan(), StringComparer.Ordinal);
        }

        return slots;
    }

    /// <summary>
    /// The first row of an initiative: its record is kept until the initiative is complete (<see cref="CloseOpenInitiative"/>),
    /// and what later rows are compared with stays as fingerprints (the values themselves are read back only for a
    /// conflict's message).
    /// </summary>
    private Entry NewEntry(ParsedRow row, Province province, string initiativeId, string name)
    {
        var initiative = BuildInitiative(row, province, initiativeId, name);
        _openRecord = initiative;
        var values = new ulong[Compared.Length];
        var invalid = 0;
        for (var i = 0; i < Compared.Length; i++)
        {
            values[i] = ValueFingerprint(row.Values[Compared[i]]);
            invalid |= row.Invalid[Compared[i]] ? 1 << i : 0;
        }

        _open = new Entry(initiativeId, row.Row, values, invalid, row.CoordinatesInvalid, row.Point, _summary.PositionsOf(new PublishedInitiative(initiative, 0, null)))
        {
            HasSourceId = initiative.SourceId is not null,
        };
        return _open;
    }

    /// <summary>
    /// Spools the open initiative's published line, with its aggregates so far: a later row of it makes the spool no
    /// longer the staged file, as does an initiative closed after one with a greater id.
    /// </summary>
    private void CloseOpenInitiative()
    {
        if (_open is not { } open)
        {
            return;
        }

        _initiativesInPlace &= _lastClosedId is null || string.CompareOrdinal(_lastClosedId, open.Id) < 0;
        _lastClosedId = open.Id;
        open.Line = StagedScan.AppendInitiativeLine(_initiativeLines!, _openRecord!, open.ActivityCount, open.Reach);
        (_open, _openRecord) = (null, null);
    }

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

    /// <summary>
    /// An initiative without <c>initiatief_id</c> whose name is that of one with an id: nearly always the same
    /// initiative, its id filled in on its first row only (or lost from merged cells), which would otherwise be published
    /// as two. The rows without the id are the ones reported: the first when the initiative with the id comes later,
    /// then each further one.
    /// </summary>
    private void MatchNamesake(Entry initiative, int row, string name)
    {
        var key = NameKey(name);
        if (!_byName.TryGetValue(key, out var first))
        {
            _byName.Add(key, initiative);
            return;
        }

        // Two initiatives with different ids may share a name. (Two without an id cannot both be new: the name makes the id.)
        var (withoutId, withId) = initiative.HasSourceId ? (first, initiative) : (initiative, first);
        if (first.HasSourceId == initiative.HasSourceId || withoutId.NamesakeWithId is not null)
        {
            return;
        }

        withoutId.NamesakeWithId = withId;
        MissingInitiativeId(withoutId.Row, name, withId);
    }

    private void MissingInitiativeId(int row, string name, Entry withId)
    {
        var id = EarlierProperty(withId, "source_id");
        _issues.Add(ErrorCodes.ConflictingInitiative, row, ScanTemplate.Columns[Columns.InitiativeId].Name, null,
            string.Create(CultureInfo.InvariantCulture,
                $"Initiative '{IssueList.Shorten(name)}' has initiatief_id '{id}' on row {withId.Row}, but none on this row, so this row would be published as another initiative of the same name."),
            string.Create(CultureInfo.InvariantCulture,
                $"Fill in initiatief_id {id} on every row of '{IssueList.Shorten(name)}' (in Excel, unmerge merged cells first), or give different initiatives different names."));
    }

    private static ulong NameKey(string name) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(TextKey.Normalise(name).AsSpan()), 6);

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

    private Fingerprint128 FingerprintOf(string id)
    {
        _fingerprinter.Append(id);
        return _fingerprinter.Finish();
    }

    /// <summary>
    /// A 64-bit fingerprint of a parsed value, equal for equal values (codes in the same order, the same municipality, the
    /// same number). Two different values with the same fingerprint would go unreported: one chance in 2^64 per pair.
    /// </summary>
    private static ulong ValueFingerprint(object? value) => value switch
    {
        null => 0,
        string text => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan()), 1),
        string[] codes => CodesFingerprint(codes),
        Municipality municipality => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(municipality.Code.AsSpan()), 3),
        int number => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in number)), 4),
        _ => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(Show(value).AsSpan()), 5),
    };

    private static ulong CodesFingerprint(string[] codes)
    {
        var fingerprint = (ulong)codes.Length + 2;
        foreach (var code in codes)
        {
            fingerprint = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(code.AsSpan()), (long)fingerprint);
        }

        return fingerprint;
    }

    /// <summary>Compares the parsed values, not their text: <c>Regionaal</c> and <c>regionaal</c> are the same code.</summary>
    private void Compare(Entry earlier, ParsedRow row)
    {
        var name = row.TextOf(Columns.InitiativeName)!;
        for (var i = 0; i < Compared.Length; i++)
        {
            var column = Compared[i];
            if (row.Invalid[column])
            {
                continue;
            }

            if ((earlier.Invalid & (1 << i)) != 0)
            {
                // The first row's value is not valid (reported there): the first valid one stands in for it, so that the
                // rows after it are still compared and a province sees every conflict in one round, not after its fix.
                earlier.Values[i] = ValueFingerprint(row.Values[column]);
                earlier.Invalid &= ~(1 << i);
                (earlier.StandIns ??= [])[i] = (row.Row, Show(row.Values[column]));
                continue;
            }

            if (earlier.Values[i] != ValueFingerprint(row.Values[column]))
            {
                if (earlier.StandIns?.TryGetValue(i, out var standIn) == true)
                {
                    Conflict(earlier, row, name, column, column, standIn.Shown, standIn.Row);
                }
                else
                {
                    Conflict(earlier, row, name, column, column, EarlierValue(earlier, i));
                }
            }
        }

        if (row.CoordinatesInvalid)
        {
            return;
        }

        if (earlier.CoordinatesInvalid)
        {
            // As for the values above: the first row with a valid location stands in for the first row's.
            (earlier.Point, earlier.CoordinatesInvalid, earlier.PointStandInRow) = (row.Point, false, row.Row);
            return;
        }

        if (earlier.Point == row.Point)
        {
            return;
        }

        // A location given in RD on this row is reported on its RD columns.
        var (latitude, longitude) = row.PointFromRd ? (Columns.XRd, Columns.YRd) : (Columns.Latitude, Columns.Longitude);
        if (earlier.Point?.Latitude != row.Point?.Latitude)
        {
            Conflict(earlier, row, name, Columns.Latitude, latitude, Show(earlier.Point?.Latitude), earlier.PointStandInRow);
        }

        if (earlier.Point?.Longitude != row.Point?.Longitude)
        {
            Conflict(earlier, row, name, Columns.Longitude, longitude, Show(earlier.Point?.Longitude), earlier.PointStandInRow);
        }
    }

    /// <summary>A compared value of an initiative's first row as a message shows it, read back from its line (the open one's made now).</summary>
    private string EarlierValue(Entry earlier, int compared) => EarlierProperty(earlier, ComparedProperties[compared]);

    /// <summary>A property of an initiative's staged line as a message shows it, read back from its line (the open one's made now).</summary>
    private string EarlierProperty(Entry earlier, string property)
    {
        using var line = JsonDocument.Parse(ReferenceEquals(earlier, _open)
            ? JsonSerializer.SerializeToUtf8Bytes(_openRecord!, StagedScanJson.InitiativeTypeInfo)
            : _initiativeLines!.ReadLine(earlier.Line));
        if (!line.RootElement.TryGetProperty(property, out var value))
        {
            return string.Empty;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => string.Join('|', value.EnumerateArray().Select(code => code.GetString())),
            JsonValueKind.Number => Show(value.GetInt32()),
            JsonValueKind.String => value.GetString()!,
            _ => string.Empty,
        };
    }

    /// <summary>Reports that <paramref name="row"/> gives another value of an initiative's column than an earlier row.</summary>
    /// <param name="earlier">The initiative.</param>
    /// <param name="row">The row with the other value.</param>
    /// <param name="name">The initiative's name.</param>
    /// <param name="compared">The template column compared.</param>
    /// <param name="reported">The template column the error names (a location given in RD is reported on its RD column).</param>
    /// <param name="before">The earlier value as the message shows it.</param>
    /// <param name="standInRow">
    /// The row whose value is compared with when the initiative's first row had no valid value for the column (the first
    /// row with one); null when it is the first row's.
    /// </param>
    private void Conflict(Entry earlier, ParsedRow row, string name, int compared, int reported, string before, int? standInRow = null)
    {
        var column = ScanTemplate.Columns[compared].Name;
        var now = compared == reported ? row.Text[reported] : Show(compared == Columns.Latitude ? row.Point?.Latitude : row.Point?.Longitude);
        var at = standInRow ?? earlier.Row;
        _issues.Add(ErrorCodes.ConflictingInitiative, row.Row, ScanTemplate.Columns[reported].Name, NullIfEmpty(row.Text[reported]),
            string.Create(CultureInfo.InvariantCulture,
                $"Initiative '{name}' has {column} {Quote(now)} on this row, but {Quote(before)} on row {at}."),
            standInRow is null
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Make {column} the same on every row of '{name}' (as on row {at}), or give different initiatives different names.")
                : string.Create(CultureInfo.InvariantCulture,
                    $"Make {column} the same on every row of '{name}', or give different initiatives different names. Its first row, "
                    + $"row {earlier.Row}, has no valid {column} (see the error there); row {at} is the first with one."));
    }

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

    /// <summary>
    /// An initiative: its first row (row number, a fingerprint of each compared value, a bit per compared value that
    /// was invalid, all by position in <see cref="Compared"/>), its count positions in the summary, and its aggregates.
    /// </summary>
    private sealed class Entry(
        string id, int row, ulong[] values, int invalid, bool coordinatesInvalid, (double Latitude, double Longitude)? point, int[] summaryPositions)
    {
        public string Id { get; } = id;

        public int Row { get; } = row;

        /// <summary>Where its line is spooled, once it is (<see cref="CloseOpenInitiative"/>).</summary>
        public SpoolSlot Line { get; set; }

        public ulong[] Values { get; } = values;

        /// <summary>A bit per compared value that the first row had no valid value for, and no later row has had yet.</summary>
        public int Invalid { get; set; } = invalid;

        /// <summary>
        /// For a compared value whose first row was not valid: the first row with a valid one, and that value as a message
        /// shows it; later rows are compared with it (by position in <see cref="Compared"/>).
        /// </summary>
        public Dictionary<int, (int Row, string Shown)>? StandIns { get; set; }

        /// <summary>Whether the first row's location was not valid, and no later row has had a valid one yet.</summary>
        public bool CoordinatesInvalid { get; set; } = coordinatesInvalid;

        public (double Latitude, double Longitude)? Point { get; set; } = point;

        /// <summary>The row whose location <see cref="Point"/> is when the first row's was not valid; null when it is the first row's.</summary>
        public int? PointStandInRow { get; set; }

        public int[] SummaryPositions { get; } = summaryPositions;

        public int ActivityCount { get; set; }

        public long? Reach { get; set; }

        /// <summary>Whether its rows give an <c>initiatief_id</c>.</summary>
        public bool HasSourceId { get; init; }

        /// <summary>For an initiative without an id: the initiative of the same name that has one, once there is one.</summary>
        public Entry? NamesakeWithId { get; set; }
    }
}
