using System.Runtime.CompilerServices;
using System.Text.Json;
using Regioscan.Core.Harmonisation;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Releases.Summary;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>Reads what has been published: the index, the latest pointer, manifests, and the tables behind them.</summary>
public sealed partial class ReleaseCatalog
{
    /// <summary>Name of the index of all releases.</summary>
    public const string IndexName = "index.json";

    /// <summary>Name of the latest-release pointer.</summary>
    public const string LatestName = "latest.json";

    /// <summary>Folder holding a copy of the newest release.</summary>
    public const string LatestFolder = "latest/";

    /// <summary>Name of the manifest in a release folder.</summary>
    public const string ManifestName = "manifest.json";

    private readonly IBlobStore _store;

    /// <summary>Creates a catalogue over <paramref name="store"/>.</summary>
    public ReleaseCatalog(IBlobStore store) => _store = store;

    /// <summary>The latest pointer and its ETag, or null before the first release.</summary>
    /// <exception cref="InvalidDataException"><c>latest.json</c> is damaged (not JSON, or no release version in it).</exception>
    public Task<(LatestPointer Value, string ETag)?> GetLatestAsync(CancellationToken cancellationToken = default) =>
        ReadReleasesFileAsync<LatestPointer>(
            LatestName,
            latest => ReleaseVersion.TryParse(latest.Version, out _) ? null : "version is missing or not a release version",
            "Restore it from a backup, or delete it and publish again ('regioscan publish --reason recovery'), which points it at the newest complete release.",
            cancellationToken);

    /// <summary>The index of releases (empty before the first).</summary>
    /// <exception cref="InvalidDataException"><c>index.json</c> is damaged (not JSON, or a field of a release missing).</exception>
    public async Task<ReleaseIndex> GetIndexAsync(CancellationToken cancellationToken = default) =>
        (await ReadIndexAsync(cancellationToken))?.Value ?? new ReleaseIndex([]);

    /// <summary><see cref="GetIndexAsync"/> with the ETag, or null before the first release.</summary>
    internal Task<(ReleaseIndex Value, string ETag)?> ReadIndexAsync(CancellationToken cancellationToken) =>
        ReadReleasesFileAsync<ReleaseIndex>(
            IndexName,
            IndexProblem,
            "Restore it from a backup or, when every release folder still has its manifest.json, delete releases/index.json and "
                + "releases/latest.json and publish again ('regioscan publish --reason recovery'), which rebuilds both from the release folders.",
            cancellationToken);

    /// <summary>
    /// A file of the releases container that readers rely on whole: valid JSON that lacks a field a reader uses is as
    /// damaged as a file that is not JSON (it would otherwise read as no releases, or fail later on a null), and the
    /// message names the file and says how to restore it.
    /// </summary>
    private async Task<(T Value, string ETag)?> ReadReleasesFileAsync<T>(
        string name, Func<T, string?> problem, string restore, CancellationToken cancellationToken)
    {
        var content = await _store.ReadAsync(Containers.Releases, name, cancellationToken);
        if (content is null)
        {
            return null;
        }

        var what = $"{Containers.Releases}/{name}";
        T value;
        try
        {
            value = ReleaseJson.Deserialize<T>(content.Content.Span, what);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{e.Message.TrimEnd('.')}. {restore}", e);
        }

        return problem(value) is { } found
            ? throw new InvalidDataException($"{what} is not valid: {found}. {restore}")
            : (value, content.ETag);
    }

    /// <summary>The first field of <c>index.json</c> that is missing or wrong, or null.</summary>
    private static string? IndexProblem(ReleaseIndex index)
    {
        if (index.Releases is null)
        {
            return "releases is missing";
        }

        for (var i = 0; i < index.Releases.Count; i++)
        {
            var release = index.Releases[i];
            var field = release is null ? string.Empty
                : !ReleaseVersion.TryParse(release.Version, out _) ? ".version"
                : release.PublishedAt == default ? ".published_at"
                : release.Counts is null ? ".counts"
                : string.IsNullOrEmpty(release.ManifestSha256) ? ".manifest_sha256"
                : null;
            if (field is not null)
            {
                return $"releases[{i}]{field} is missing or not valid";
            }
        }

        return null;
    }

    /// <summary>The manifest of a complete release, or null when the release does not exist (or is incomplete).</summary>
    public async Task<ReleaseManifest?> GetManifestAsync(string version, CancellationToken cancellationToken = default) =>
        (await ReadManifestAsync(version, cancellationToken))?.Manifest;

    /// <summary>The manifest of a complete release.</summary>
    /// <exception cref="KeyNotFoundException">The release does not exist (or is incomplete).</exception>
    /// <exception cref="InvalidDataException">
    /// The release was published (<c>index.json</c> lists it, or <c>latest.json</c> names it) but its folder or its manifest is
    /// gone; the message says how to restore it.
    /// </exception>
    public async Task<ReleaseManifest> GetPublishedManifestAsync(string version, CancellationToken cancellationToken = default) =>
        await GetManifestAsync(version, cancellationToken)
            ?? throw (await LostReleaseAsync(ReleaseVersion.Parse(version), cancellationToken) as Exception
                ?? new KeyNotFoundException($"Release {version} does not exist. Run 'regioscan releases' to list the releases."));

    /// <summary>The folder of a release, <c>v1.2.3/</c>.</summary>
    public static string Folder(string version) => ReleaseVersion.Parse(version).FolderName + "/";

    /// <summary>The initiatives of a set of inputs (province → upload), ordered by id, read as they are used.</summary>
    /// <param name="inputs">The province scans.</param>
    /// <param name="include">Which provinces to read (all when null).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="InvalidDataException">A scan is missing: the store was changed by hand.</exception>
    public IAsyncEnumerable<PublishedInitiative> ReadInitiativesAsync(
        IReadOnlyDictionary<string, ReleaseInput> inputs, Func<string, bool>? include = null, CancellationToken cancellationToken = default) =>
        ReadRowsAsync(StagedScanJson.Initiatives, inputs, include, null, cancellationToken);

    /// <summary>The activities of a set of inputs, ordered by id, read as they are used.</summary>
    /// <param name="inputs">The province scans.</param>
    /// <param name="include">Which provinces to read (all when null).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="InvalidDataException">A scan is missing: the store was changed by hand.</exception>
    public IAsyncEnumerable<Activity> ReadActivitiesAsync(
        IReadOnlyDictionary<string, ReleaseInput> inputs, Func<string, bool>? include = null, CancellationToken cancellationToken = default) =>
        ReadRowsAsync(StagedScanJson.Activities, inputs, include, null, cancellationToken);

    /// <summary>The summary by province of a set of inputs: one row per province, zeros where there is no scan.</summary>
    /// <exception cref="InvalidDataException">A scan is missing: the store was changed by hand.</exception>
    public async Task<IReadOnlyList<ProvinceSummary>> ReadSummariesAsync(IReadOnlyDictionary<string, ReleaseInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var rows = new List<ProvinceSummary>(inputs.Count);
        foreach (var (province, input) in inputs)
        {
            var folder = PipelinePaths.UploadFolder(province, input.UploadId);
            await using var stream = await _store.OpenReadAsync(Containers.Scans, folder + StagedScanJson.SummaryName, cancellationToken);
            try
            {
                rows.Add(stream is null
                    ? ProvinceSummaries.RowOf(await LoadLegacyAsync(province, input.UploadId, cancellationToken), province)
                    : await StagedScanJson.ReadSummaryAsync(stream, cancellationToken));
            }
            catch (JsonException e)
            {
                throw new StagedSource(province, folder, StagedScanJson.SummaryName).Damaged(e);
            }
        }

        return ProvinceSummaries.Combine(rows);
    }

    /// <summary>The national tables of a set of inputs, in memory: for tests and small releases only.</summary>
    public async Task<ReleaseTables> LoadTablesAsync(IReadOnlyDictionary<string, ReleaseInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var initiatives = await ReadInitiativesAsync(inputs, null, cancellationToken).ToListAsync(cancellationToken);
        var activities = await ReadActivitiesAsync(inputs, null, cancellationToken).ToListAsync(cancellationToken);
        return new ReleaseTables(initiatives, activities);
    }

    /// <summary>
    /// The rows of a staged table, ordered by id; each row's line fingerprint goes to <paramref name="fingerprints"/>
    /// as it is read, for the change tracker of the same pass.
    /// </summary>
    internal async IAsyncEnumerable<TRow> ReadRowsAsync<TRow>(
        StagedTable<TRow> table, IReadOnlyDictionary<string, ReleaseInput> inputs, Func<string, bool>? include,
        LineFingerprint? fingerprints, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRow : class
    {
        await foreach (var (line, number, source) in ReadLinesAsync(table, inputs, include, cancellationToken))
        {
            var row = source.Parse(table, line, number);
            fingerprints?.Set(row, StagedTable<TRow>.Fingerprint(line.Span));
            yield return row;
        }
    }

    /// <summary>
    /// The rows of a staged table as the change tracker meets the previous release's: id and line fingerprint,
    /// the row made only when the tracker asks for it (most rows do not change, and are never made).
    /// </summary>
    internal async IAsyncEnumerable<PreviousRow<TRow>> ReadPreviousAsync<TRow>(
        StagedTable<TRow> table, IReadOnlyDictionary<string, ReleaseInput> inputs, Func<string, bool>? include,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StagedSource? current = null;
        Func<ReadOnlyMemory<byte>, int, TRow>? parse = null;
        await foreach (var (line, number, source) in ReadLinesAsync(table, inputs, include, cancellationToken))
        {
            if (!ReferenceEquals(source, current))
            {
                (current, parse) = (source, (text, n) => source.Parse(table, text, n));
            }

            yield return PreviousRow<TRow>.Staged(source.IdOf(table, line, number), StagedTable<TRow>.Fingerprint(line.Span), parse!, line, number);
        }
    }

    // Provinces in code order: every id starts with its province code, so the concatenation is in id order.
    // A line's memory is valid until the sequence moves on.
    private async IAsyncEnumerable<(ReadOnlyMemory<byte> Line, int Number, StagedSource Source)> ReadLinesAsync<TRow>(
        StagedTable<TRow> table,
        IReadOnlyDictionary<string, ReleaseInput> inputs,
        Func<string, bool>? include,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var (province, input) in inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (include is not null && !include(province))
            {
                continue;
            }

            var source = new StagedSource(province, PipelinePaths.UploadFolder(province, input.UploadId), table.FileName);
            await using var stream = await _store.OpenReadAsync(Containers.Scans, source.Folder + table.FileName, cancellationToken);
            var number = 0;
            if (stream is null)
            {
                // A scan staged by an earlier version: its rows become the lines they would be staged as today.
                foreach (var row in table.Legacy(await LoadLegacyAsync(province, input.UploadId, cancellationToken)))
                {
                    yield return (table.Serialize(row), ++number, source);
                }

                continue;
            }

            await foreach (var line in StagedScanJson.ReadLinesAsync(stream, cancellationToken))
            {
                yield return (line, ++number, source);
            }
        }
    }

    /// <summary>A scan stored by an earlier version as one JSON document, merged into its province's tables.</summary>
    private async Task<ReleaseTables> LoadLegacyAsync(string provinceCode, string uploadId, CancellationToken cancellationToken)
    {
        var name = PipelinePaths.UploadFolder(provinceCode, uploadId) + PipelinePaths.LegacyScan;
        await using var stream = await _store.OpenReadAsync(Containers.Scans, name, cancellationToken)
            ?? throw new InvalidDataException(
                $"scans/{PipelinePaths.UploadFolder(provinceCode, uploadId)} has no staged scan; the accepted upload {uploadId} of {provinceCode} cannot be read. " +
                StagedSource.HowToRestage(provinceCode, PipelinePaths.UploadFolder(provinceCode, uploadId)));
        return NationalMerge.Merge([ProvinceScanJson.Read(stream)]);
    }

    /// <summary>A province's staged file being read: names it when it turns out damaged, with the way to stage it again.</summary>
    private sealed class StagedSource(string province, string folder, string fileName)
    {
        public string Folder { get; } = folder;

        public TRow Parse<TRow>(StagedTable<TRow> table, ReadOnlyMemory<byte> line, int number)
        {
            try
            {
                return table.Parse(line.Span, number);
            }
            catch (JsonException e)
            {
                throw Damaged(e);
            }
        }

        public string IdOf<TRow>(StagedTable<TRow> table, ReadOnlyMemory<byte> line, int number)
        {
            try
            {
                return table.IdOf(line.Span, number);
            }
            catch (JsonException e)
            {
                throw Damaged(e);
            }
        }

        public InvalidDataException Damaged(Exception e) => new(
            $"The staged scan scans/{Folder}{fileName} of {province} is damaged ({e.Message}); it was changed or cut short after it was written. " +
            HowToRestage(province, Folder), e);

        /// <summary>
        /// Ingesting the same bytes again finds their folder processed and stores nothing, so the folder goes first; the
        /// upload itself is kept in it.
        /// </summary>
        public static string HowToRestage(string province, string folder) =>
            $"To stage it again: copy the upload out of scans/{folder} if it is still there (the file upload.*; otherwise take the province's file), " +
            $"delete that folder, and ingest the file ('regioscan ingest <file> --province {province}'); then publish.";
    }

    /// <summary>
    /// The change log between two published releases, record by record, spooled to <paramref name="scratch"/>: one
    /// merge pass per table over the two id-ordered inputs, both tables side by side. A province whose scan is the
    /// same upload in both releases has the same rows in both and is not read at all; within the others, a row
    /// staged exactly as before is known unchanged from its line fingerprint and is never parsed on the old side.
    /// </summary>
    /// <param name="from">The older release's manifest (<see cref="GetPublishedManifestAsync"/>).</param>
    /// <param name="to">The newer release's manifest.</param>
    /// <param name="scratch">Where the changes go as they are found; memory holds their counts only.</param>
    /// <param name="progress">Told which provinces are compared and which are skipped, before the comparison starts.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    /// <returns>The change log; dispose it to delete its scratch files.</returns>
    public async Task<ChangeSpool> DiffAsync(
        ReleaseManifest from, ReleaseManifest to, IScratchSpace scratch, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(scratch);

        bool Compared(string province) => !ReleaseInput.SameUpload(from.Inputs, to.Inputs, province);
        var provinces = from.Inputs.Keys.Union(to.Inputs.Keys).Order(StringComparer.Ordinal).ToList();
        var compared = provinces.Where(Compared).ToList();
        progress?.Report(compared.Count == provinces.Count
            ? $"Comparing {from.Version} with {to.Version}: all {provinces.Count} province scan(s) differ …"
            : $"Comparing {from.Version} with {to.Version}: {compared.Count} of {provinces.Count} province scan(s) differ"
                + (compared.Count > 0 ? $" ({string.Join(", ", compared)})" : string.Empty)
                + $"; the other {provinces.Count - compared.Count} are the same upload in both and are not read …");

        // A copy of releases/ alone (a public mirror, a consumer's download) has no staged scans: the two releases' own
        // Parquet files are compared instead, which gives the same change log, more slowly (every row of both is read).
        var staged = await HasStagedScansAsync(from, to, compared, cancellationToken);
        if (!staged && compared.Count > 0)
        {
            progress?.Report($"This store has no staged scans (scans/) of {(compared.Count == provinces.Count ? "them" : "those provinces")}: "
                + $"reading the releases' Parquet files instead …");
        }

        var changes = new ChangeSpool(scratch.Create(), scratch.Create());
        try
        {
            // One tracker per table, each on its own thread, each writing its own spooled table.
            await Task.WhenAll(
                Task.Run(() => staged
                    ? CompareTableAsync(StagedScanJson.Initiatives, TableKeys.Initiatives, from.Inputs, to.Inputs, Compared, changes.Initiatives.Add, cancellationToken)
                    : ComparePublishedAsync(ReleaseDataWriter.InitiativesParquet, TableKeys.Initiatives, "initiative_id", from, to, scratch, Compared, changes.Initiatives.Add, cancellationToken),
                    cancellationToken),
                Task.Run(() => staged
                    ? CompareTableAsync(StagedScanJson.Activities, TableKeys.Activities, from.Inputs, to.Inputs, Compared, changes.Activities.Add, cancellationToken)
                    : ComparePublishedAsync(ReleaseDataWriter.ActivitiesParquet, TableKeys.Activities, "activity_id", from, to, scratch, Compared, changes.Activities.Add, cancellationToken),
                    cancellationToken));
            return changes;
        }
        catch
        {
            changes.Dispose();
            throw;
        }
    }

    /// <summary>Whether every scan of a compared province, in either release, has its folder in <c>scans/</c>.</summary>
    private async Task<bool> HasStagedScansAsync(ReleaseManifest from, ReleaseManifest to, IReadOnlyList<string> compared, CancellationToken cancellationToken)
    {
        foreach (var province in compared)
        {
            foreach (var inputs in new[] { from.Inputs, to.Inputs })
            {
                if (inputs.TryGetValue(province, out var input)
                    && !await _store.ListEntriesAsync(Containers.Scans, PipelinePaths.UploadFolder(province, input.UploadId), cancellationToken).AnyAsync(cancellationToken))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Compares one table of two releases from their Parquet files, leaving out the provinces that are the same upload in both.</summary>
    private async Task ComparePublishedAsync<TRow>(
        string fileName, TableKeys<TRow> modelKeys, string id, ReleaseManifest from, ReleaseManifest to, IScratchSpace scratch,
        Func<string, bool> compared, Action<RecordChange> found, CancellationToken cancellationToken)
    {
        var keys = PublishedTable.KeysOf(modelKeys, id);
        await using var before = await CopyToScratchAsync(from.Version, fileName, scratch, cancellationToken);
        await using var after = await CopyToScratchAsync(to.Version, fileName, scratch, cancellationToken);
        IAsyncEnumerable<PublishedRow> Rows(Stream file, string version) =>
            PublishedTable.ReadAsync(file, keys.Columns, $"{Containers.Releases}/{Folder(version)}{fileName}", cancellationToken)
                .Where(row => compared(keys.Province(row)));
        await using var tracker = new ChangeTracker<PublishedRow>(Rows(before, from.Version), keys, found);
        await RowPass.RunAsync(Rows(after, to.Version), [tracker], cancellationToken);
    }

    /// <summary>A release file copied to a scratch file, which a Parquet reader can seek in (a blob's stream cannot).</summary>
    private async Task<Stream> CopyToScratchAsync(string version, string fileName, IScratchSpace scratch, CancellationToken cancellationToken)
    {
        var name = Folder(version) + fileName;
        await using var source = await _store.OpenReadAsync(Containers.Releases, name, cancellationToken)
            ?? throw new InvalidDataException(
                $"{Containers.Releases}/{name} is missing, but release {version}'s manifest lists it, and this store has no staged scans to compare "
                + $"the releases with instead: restore it from releases/latest/ (when {version} is the current release) or from a backup.");
        var copy = scratch.Create();
        try
        {
            await source.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            return copy;
        }
        catch
        {
            await copy.DisposeAsync();
            throw;
        }
    }

    private async Task CompareTableAsync<TRow>(
        StagedTable<TRow> table, TableKeys<TRow> keys, IReadOnlyDictionary<string, ReleaseInput> before, IReadOnlyDictionary<string, ReleaseInput> after,
        Func<string, bool> compared, Action<RecordChange> found, CancellationToken cancellationToken)
        where TRow : class
    {
        var lines = new LineFingerprint();
        await using var tracker = new ChangeTracker<TRow>(ReadPreviousAsync(table, before, compared, cancellationToken), keys, found, null, lines);
        await RowPass.RunAsync(ReadRowsAsync(table, after, compared, lines, cancellationToken), [tracker], cancellationToken);
    }

    /// <summary>
    /// The manifest of a complete release with its bytes as stored (their SHA-256 is what <c>index.json</c> records), or
    /// null when the release does not exist (or is incomplete).
    /// </summary>
    /// <exception cref="InvalidDataException">The manifest is damaged; the message says how to restore it.</exception>
    public async Task<(ReleaseManifest Manifest, ReadOnlyMemory<byte> Bytes)?> ReadManifestAsync(string version, CancellationToken cancellationToken = default)
    {
        var name = Folder(version) + ManifestName;
        var content = await _store.ReadAsync(Containers.Releases, name, cancellationToken);
        if (content is null)
        {
            return null;
        }

        try
        {
            return (ReleaseJson.Deserialize<ReleaseManifest>(content.Content.Span, $"{Containers.Releases}/{name}"), content.Content);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException(await DamagedManifestMessageAsync(version, e.Message, cancellationToken), e);
        }
    }

    /// <summary>
    /// A damaged manifest is restored like a missing one: from <c>latest/manifest.json</c> when that is an exact copy (the
    /// SHA-256 <c>index.json</c> records), which a publish does once the damaged file is gone, or from a backup.
    /// </summary>
    private async Task<string> DamagedManifestMessageAsync(string version, string problem, CancellationToken cancellationToken)
    {
        string? recorded;
        try
        {
            recorded = (await GetIndexAsync(cancellationToken)).Releases.FirstOrDefault(r => r.Version == version)?.ManifestSha256;
        }
        catch (InvalidDataException)
        {
            // index.json is damaged too: there is no SHA-256 to check a copy against.
            recorded = null;
        }

        var copy = await _store.ReadAsync(Containers.Releases, LatestFolder + ManifestName, cancellationToken);
        var file = $"{Containers.Releases}/{Folder(version)}{ManifestName}";
        var restore = recorded is not null && copy is not null && BlobStoreExtensions.Sha256(copy.Content.Span) == recorded
            ? $"releases/latest/manifest.json is an exact copy of it (sha256 {recorded}, as index.json records): delete {file} and publish " +
                "('regioscan publish --reason recovery'), which restores it from there"
            : $"restore {file} from a backup or another copy of release {version} ({ManifestCheck(version, recorded)})";
        return $"{problem.TrimEnd('.')}. It is the manifest of release {version}: {restore}. Do not delete the folder: the data files in " +
            $"releases/{Folder(version)} are still release {version}'s.";
    }

    /// <summary>How to check that a copy of a release's manifest is the right file before it is put back.</summary>
    internal static string ManifestCheck(string version, string? recordedSha256) =>
        recordedSha256 is null
            ? $"index.json records no SHA-256 for it, so check the copy is release {version}'s own manifest ('\"version\": \"{version}\"') before you put it back"
            : $"the file must have sha256 {recordedSha256}, as index.json records (check with 'sha256sum manifest.json')";

    /// <summary>Every version folder under <c>releases/</c>, and whether it has its manifest (a folder without one is not a release).</summary>
    public async Task<SortedDictionary<ReleaseVersion, bool>> ListVersionFoldersAsync(CancellationToken cancellationToken = default)
    {
        var folders = new SortedDictionary<ReleaseVersion, bool>();
        await foreach (var blob in _store.ListEntriesAsync(Containers.Releases, "v", cancellationToken))
        {
            var slash = blob.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && ReleaseVersion.TryParse(blob.Name[..slash], out var version))
            {
                folders[version] = (folders.TryGetValue(version, out var complete) && complete)
                    || blob.Name[(slash + 1)..] == ManifestName;
            }
        }

        return folders;
    }

    /// <summary>
    /// The entries <c>index.json</c> lacks, made from the manifests of complete version folders as a publish makes them: every
    /// complete folder the index does not list, up to the current release (<paramref name="current"/>, from <c>latest.json</c>)
    /// or, without one, up to the newest listed release, or, with an empty index too, all of them. A complete folder newer
    /// than that is what a publish that died after its manifest left: recovery makes it current and lists it then.
    /// </summary>
    /// <param name="folders">The version folders (<see cref="ListVersionFoldersAsync"/>).</param>
    /// <param name="index">The index as read (empty when <c>index.json</c> is missing).</param>
    /// <param name="current">The release <c>latest.json</c> names, if any.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public async Task<IReadOnlyList<ReleaseIndexEntry>> UnlistedReleasesAsync(
        IReadOnlyDictionary<ReleaseVersion, bool> folders, ReleaseIndex index, ReleaseVersion? current, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(index);
        var listed = index.Releases.Select(r => ReleaseVersion.Parse(r.Version)).ToHashSet();
        var complete = folders.Where(f => f.Value).Select(f => f.Key).Order().ToList();
        var upTo = current ?? (listed.Count > 0 ? listed.Max() : complete.LastOrDefault());
        var entries = new List<ReleaseIndexEntry>();
        foreach (var version in complete.Where(v => v <= upTo && !listed.Contains(v)))
        {
            if (await ReadManifestAsync(version.ToString(), cancellationToken) is { } read)
            {
                entries.Add(IndexEntry(read.Manifest, read.Bytes.Span));
            }
        }

        return entries;
    }

    /// <summary>A release's entry in <c>index.json</c>: from its manifest, with the SHA-256 of the manifest's bytes as stored.</summary>
    public static ReleaseIndexEntry IndexEntry(ReleaseManifest manifest, ReadOnlySpan<byte> stored)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new ReleaseIndexEntry(manifest.Version, manifest.PublishedAt, manifest.Counts, BlobStoreExtensions.Sha256(stored), manifest.Reason);
    }
}
