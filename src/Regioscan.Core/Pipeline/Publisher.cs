using System.Text;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Geography;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Catalog;
using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Map;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// Makes a national release from the current accepted scan of every province. Under the publish lock it
/// first completes whatever an interrupted publish left (roll forward), then writes the new version
/// folder create-only with <c>manifest.json</c> last, moves <c>latest.json</c> with If-Match, and updates
/// <c>index.json</c> and <c>latest/</c>. Identical content makes no release, unless the publish is forced.
/// </summary>
public sealed partial class Publisher
{
    /// <summary>The name of the publish lock.</summary>
    public const string LockName = "publish";

    /// <summary>In <c>system/</c>: the scans last found to make the latest release's data (<see cref="CheckedInputs"/>).</summary>
    private const string CheckedInputsName = "checked-inputs.json";

    /// <summary>The map's data file in a release.</summary>
    private const string MapDataName = MapBundle.Folder + "/" + MapDataWriter.FileName;

    private readonly IBlobStore _store;
    private readonly IScratchSpace _scratch;
    private readonly TimeProvider _time;
    private readonly ILogger<Publisher> _logger;
    private readonly PublisherOptions _options;
    private readonly ReleaseMetadataOptions _metadata;
    private readonly ReleaseCatalog _catalog;
    private readonly long _progressEveryRows = 250_000;

    /// <summary>Creates the publisher.</summary>
    public Publisher(
        IBlobStore store, IScratchSpace scratch, TimeProvider time, ILogger<Publisher> logger,
        PublisherOptions? options = null, ReleaseMetadataOptions? metadata = null)
    {
        _store = store;
        _scratch = scratch;
        _time = time;
        _logger = logger;
        _options = options ?? new PublisherOptions();
        _metadata = metadata ?? new ReleaseMetadataOptions();
        _catalog = new ReleaseCatalog(store);
    }

    /// <summary>
    /// Rows of a table between two progress lines while the tables are written (<c>  activities: 250,000 of 999,771 rows
    /// …</c>). Default 250,000: about one line every 4 s at a million activities on two cores, none for a national scan of
    /// today's size.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public long ProgressEveryRows
    {
        get => _progressEveryRows;
        init => _progressEveryRows = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Give at least 1 row.");
    }

    /// <summary>Publishes a new release if the inputs changed the output.</summary>
    /// <param name="reason">Why (recorded in the manifest, index and change log).</param>
    /// <param name="progress">Receives one line per step, for people watching, and one per <see cref="ProgressEveryRows"/> rows of a table.</param>
    /// <param name="cancellationToken">Cancels the publish; nothing half-done becomes visible.</param>
    /// <exception cref="TimeoutException">Another publish held the lock for longer than <see cref="PublisherOptions.LockWait"/>.</exception>
    public Task<PublishResult> PublishAsync(string? reason, IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        PublishAsync(reason, force: false, progress, cancellationToken);

    /// <summary>
    /// Publishes a new release if the inputs changed the output or, with <paramref name="force"/>, also when they did not:
    /// the way to publish what only the metadata carries (catalogue settings such as the contact address or base URL,
    /// <c>datapackage.json</c> texts, the map). A forced release whose data files equal the previous release's is a PATCH
    /// version whose change log says that the data did not change, and why it was published (<paramref name="reason"/>).
    /// </summary>
    /// <param name="reason">Why (recorded in the manifest, index and change log).</param>
    /// <param name="force">Make a release even when the data did not change.</param>
    /// <param name="progress">Receives one line per step, for people watching, and one per <see cref="ProgressEveryRows"/> rows of a table.</param>
    /// <param name="cancellationToken">Cancels the publish; nothing half-done becomes visible.</param>
    /// <exception cref="TimeoutException">Another publish held the lock for longer than <see cref="PublisherOptions.LockWait"/>.</exception>
    public async Task<PublishResult> PublishAsync(string? reason, bool force, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var held = await AcquireLockAsync(progress, cancellationToken);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, held.Lost);
        return await PipelineResilience.PublishTimeout(_options.Timeout)
            .ExecuteAsync(async token => await PublishLockedAsync(reason, force, progress, token), linked.Token);
    }

    /// <summary>
    /// The publish lock, taken at once when it is free; only when another publish holds it does <paramref name="progress"/>
    /// hear that this one waits (a store that refuses the request fails here with no such line before its error).
    /// </summary>
    private async Task<IDistributedLock> AcquireLockAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            return await _store.AcquireLockAsync(LockName, TimeSpan.Zero, cancellationToken);
        }
        catch (TimeoutException)
        {
            progress?.Report("Waiting for the publish lock: another publish holds it …");
            return await _store.AcquireLockAsync(LockName, _options.LockWait, cancellationToken);
        }
    }

    private async Task<PublishResult> PublishLockedAsync(string? reason, bool force, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var (previous, latestETag, taken) = await RecoverAsync(progress, cancellationToken);
        var inputs = await CurrentInputsAsync(cancellationToken);
        if (inputs.Count == 0)
        {
            return new PublishResult(false, previous?.Version, null, null, previous?.Counts,
                "Nothing to publish: no province has an accepted scan yet. Ingest a scan first ('regioscan ingest <file> --province PVxx').");
        }

        RequirePointers(previous, inputs);
        var schemaChanged = previous is not null && previous.SchemaVersion != PublishedSchema.Version;
        if (previous is not null && !schemaChanged && !force && SameInputs(previous.Inputs, inputs))
        {
            return UpToDate(previous);
        }

        progress?.Report($"Writing the tables from the scans of {inputs.Count} province(s) …");
        var publishedAt = _time.GetUtcNow();
        await using var files = new ReleaseFiles(_scratch);
        await using (var pass = await WriteTablesAsync(inputs, previous, schemaChanged, files, progress, cancellationToken))
        {
            var changes = pass.Changes.Counts;
            var version = previous is null
                ? ReleaseVersion.First
                : ReleaseVersion.Parse(previous.Version).Next(schemaChanged, changes.HasAdditionsOrRemovals);
            if (taken.Contains(version))
            {
                // Recovery makes the newest existing version current, so only a store changed during this publish gets here.
                throw new InvalidDataException(
                    $"Release {version} exists already (index.json or releases/{version.FolderName}/), though the current release is {previous?.Version}. " +
                    "A version is never published twice, so publishing stops here; publish again, and recovery first brings latest.json to the newest release.");
            }

            await ReleaseDataWriter.WriteDataPackageAsync(new ReleaseDataContext(version.ToString(), publishedAt, null), name => files.Create(name), cancellationToken);
            await WriteMapAsync(pass, version, publishedAt, inputs.Keys, files, cancellationToken);
            var sameData = previous is not null && !schemaChanged && changes.IsEmpty && SameData(previous, files);
            if (sameData && !force)
            {
                using var checkedInputs = new MemoryStream(ReleaseJson.Serialize(new CheckedInputs(previous!.Version, inputs)));
                await _store.WriteAsync(Containers.System, CheckedInputsName, checkedInputs, cancellationToken);
                return UpToDate(previous);
            }

            progress?.Report(sameData
                ? $"The data did not change; writing release {version} as asked (--force), with its change log and catalogue …"
                : $"Writing the change log and catalogue of release {version} …");
            WriteChangeLog(pass.Changes, version, previous?.Version, publishedAt, reason, sameData, files);
            await WriteCatalogAsync(
                new ReleaseDescription(version.ToString(), previous?.Version, publishedAt, reason, files.Describe(),
                    [.. inputs.Keys.Order(StringComparer.Ordinal)], changes, pass.ReachYears.Range),
                files,
                cancellationToken);
            AddChecksums(files);
            var entries = files.Describe();

            var counts = new ReleaseCounts(
                inputs.Count,
                checked((int)pass.Summaries.Sum(s => s.Initiatives)),
                checked((int)pass.Summaries.Sum(s => s.Activities)),
                pass.Summaries.Sum(s => s.ReachPerYear ?? 0));
            var manifest = new ReleaseManifest
            {
                Version = version.ToString(),
                Previous = previous?.Version,
                PublishedAt = publishedAt,
                SchemaVersion = PublishedSchema.Version,
                Reason = reason,
                Inputs = inputs,
                Files = entries,
                Counts = counts,
            };

            progress?.Report($"Storing release {version} ({entries.Count} files) …");
            await StoreVersionAsync(version, files, manifest, cancellationToken);
            await MoveLatestAsync(manifest, latestETag, cancellationToken);
            await CopyToLatestFolderAsync(manifest, cancellationToken);
            LogPublished(_logger, manifest.Version, manifest.Previous, counts.Initiatives, counts.Activities);
            return new PublishResult(true, manifest.Version, manifest.Previous, changes, counts,
                $"Published release {manifest.Version}: {counts.Initiatives} initiatives, {counts.Activities} activities from {counts.Provinces} province(s)"
                + (sameData ? $"; forced: the data is the same as in {manifest.Previous}, only the metadata was published again." : "."));
        }
    }

    /// <summary>
    /// A province in the latest release keeps a current scan: nothing but a store changed by hand takes its pointer
    /// away, and publishing without it would silently take the province's data out of the open data.
    /// </summary>
    /// <exception cref="InvalidDataException">A province of the latest release has no <c>scans/PVxx/latest.json</c>.</exception>
    private static void RequirePointers(ReleaseManifest? previous, Dictionary<string, ReleaseInput> inputs)
    {
        var missing = previous?.Inputs.Keys.Where(province => !inputs.ContainsKey(province)).Order(StringComparer.Ordinal).ToList() ?? [];
        if (missing.Count == 0)
        {
            return;
        }

        var which = string.Join(", ", missing.Select(province => $"scans/{PipelinePaths.ScanPointerName(province)} (release {previous!.Version} holds upload {previous.Inputs[province].UploadId}, file {previous.Inputs[province].File})"));
        throw new InvalidDataException(
            $"Release {previous!.Version} holds the scans of {string.Join(", ", missing)}, but the store has no current scan for {(missing.Count == 1 ? "it" : "them")}: {which} is missing. " +
            "Publishing now would take their data out of the next release, so nothing was published. Ingest each province's current file again " +
            "(a copy is kept as upload.* in scans/PVxx/<upload>/): 'regioscan ingest <file> --province PVxx' points latest.json at its scan again " +
            "without storing anything twice; then publish.");
    }

    private static PublishResult UpToDate(ReleaseManifest previous) =>
        new(false, previous.Version, previous.Previous, null, previous.Counts,
            $"Nothing new to publish: release {previous.Version} already holds the current scans (identical content makes no new release).");

    /// <summary>
    /// Whether a province's current scan is in no release yet: a scan was accepted but the publish after it did not
    /// finish (the process was killed, or the store failed). Reads the scan pointers and the latest manifest only.
    /// </summary>
    public async Task<bool> HasUnpublishedScansAsync(CancellationToken cancellationToken = default)
    {
        var inputs = await CurrentInputsAsync(cancellationToken);
        if (inputs.Count == 0)
        {
            return false;
        }

        var latest = await _catalog.GetLatestAsync(cancellationToken);
        var manifest = latest is null ? null : await _catalog.GetManifestAsync(latest.Value.Value.Version, cancellationToken);
        if (manifest is null)
        {
            return true;
        }

        if (SameInputs(manifest.Inputs, inputs))
        {
            return false;
        }

        // Scans already read by a publish that found the latest release's data in them are not pending.
        var checkedInputs = await _store.ReadJsonAsync<CheckedInputs>(Containers.System, CheckedInputsName, cancellationToken);
        return checkedInputs is not { Value: var c } || c.Version != manifest.Version || !SameInputs(c.Inputs, inputs);
    }

    private static bool SameInputs(IReadOnlyDictionary<string, ReleaseInput> a, Dictionary<string, ReleaseInput> b) =>
        a.Count == b.Count && a.Keys.All(province => ReleaseInput.SameUpload(a, b, province));

    private async Task<Dictionary<string, ReleaseInput>> CurrentInputsAsync(CancellationToken cancellationToken)
    {
        var inputs = new Dictionary<string, ReleaseInput>(StringComparer.Ordinal);
        foreach (var province in Provinces.All)
        {
            var pointer = await _store.ReadJsonAsync<ScanPointer>(Containers.Scans, PipelinePaths.ScanPointerName(province.Code), cancellationToken);
            if (pointer is { Value: var p })
            {
                inputs[province.Code] = new ReleaseInput(p.UploadId, p.Sha256, p.File);
            }
        }

        return inputs;
    }

    /// <summary>
    /// One pass over each table: the data files, the change log against the previous release and the map's
    /// table parts are all written from the same rows, which stream from the staged scans. Provinces whose
    /// scan did not change since the previous release are not compared (nor read twice).
    /// </summary>
    private async Task<TablePass> WriteTablesAsync(
        Dictionary<string, ReleaseInput> inputs, ReleaseManifest? previous, bool schemaChanged,
        ReleaseFiles files, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var unchanged = previous is null || schemaChanged
            ? []
            : inputs.Keys.Where(province => ReleaseInput.SameUpload(previous.Inputs, inputs, province)).ToHashSet(StringComparer.Ordinal);
        bool Compared(string province) => !unchanged.Contains(province);
        var before = previous?.Inputs ?? new Dictionary<string, ReleaseInput>(StringComparer.Ordinal);

        var summaries = await _catalog.ReadSummariesAsync(inputs, cancellationToken);

        // Each new row's line fingerprint goes to its table's change tracker: a row staged exactly as before is
        // unchanged, and the previous release's row is then never made from its line.
        var initiativeLines = new LineFingerprint();
        var activityLines = new LineFingerprint();
        var rows = new ReleaseRows(
            _catalog.ReadRowsAsync(StagedScanJson.Initiatives, inputs, null, initiativeLines, cancellationToken),
            _catalog.ReadRowsAsync(StagedScanJson.Activities, inputs, null, activityLines, cancellationToken),
            summaries);
        // The map's initiatives go straight into map/data.js; its activities, written at the same time, follow them
        // there once the pass is done (the two tables are written one per core).
        var pass = new TablePass(
            summaries, files.Create(MapDataName, summaries.Sum(s => s.Initiatives)), _scratch.Create(),
            new ChangeSpool(_scratch.Create(), _scratch.Create()));
        try
        {
            // Each change goes to the spool as it is found: a first release of a million records holds counts, not records.
            await using var initiativeChanges = new ChangeTracker<PublishedInitiative>(
                _catalog.ReadPreviousAsync(StagedScanJson.Initiatives, before, Compared, cancellationToken), TableKeys.Initiatives, pass.Changes.Initiatives.Add,
                r => Compared(r.Initiative.ProvinceCode), initiativeLines);
            await using var activityChanges = new ChangeTracker<Activity>(
                _catalog.ReadPreviousAsync(StagedScanJson.Activities, before, Compared, cancellationToken), TableKeys.Activities, pass.Changes.Activities.Add,
                a => Compared(a.ProvinceCode), activityLines);

            // The tables' JSON writers leave their streams open.
            MapDataWriter.Begin(pass.MapData);
            await using var mapInitiatives = new MapTablePart<PublishedInitiative>(pass.MapData, MapDataWriter.InitiativeColumns);
            await using var mapActivities = new MapTablePart<Activity>(pass.MapActivities, MapDataWriter.ActivityColumns);
            await using var boundaries = await OpenProvinceBoundariesAsync(cancellationToken);
            List<IRowSink<PublishedInitiative>> initiativeSinks = [initiativeChanges, mapInitiatives];
            List<IRowSink<Activity>> activitySinks = [activityChanges, mapActivities, pass.ReachYears];
            if (progress is not null)
            {
                initiativeSinks.Add(new RowCountProgress<PublishedInitiative>("initiatives", summaries.Sum(s => s.Initiatives), _progressEveryRows, progress));
                activitySinks.Add(new RowCountProgress<Activity>("activities", summaries.Sum(s => s.Activities), _progressEveryRows, progress));
            }

            var written = await ReleaseDataWriter.WriteTablesAsync(
                rows, boundaries, name => files.Create(name), initiativeSinks, activitySinks, cancellationToken);
            foreach (var file in written)
            {
                files.SetRows(file.Name, file.Rows);
            }

            return pass;
        }
        catch
        {
            await pass.DisposeAsync();
            throw;
        }
    }

    /// <summary>CBS province boundaries under <c>reference/</c> in the store, if an operator put them there.</summary>
    private async Task<Stream?> OpenProvinceBoundariesAsync(CancellationToken cancellationToken)
    {
        StoredBlob? newest = null;
        await foreach (var blob in _store.ListAsync(Containers.Reference, "provincie", cancellationToken))
        {
            if (blob.Name.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase))
            {
                newest = blob;
            }
        }

        return newest is null ? null : await _store.OpenReadAsync(Containers.Reference, newest.Name, cancellationToken);
    }

    /// <summary>
    /// The interactive map: the bundled page (<c>map/index.html</c>, <c>map.js</c>, <c>map.css</c>) and the
    /// release's data as <c>map/data.js</c>, so that the page works from <c>file://</c> and static hosting.
    /// <c>scannedProvinces</c> are those whose scan the release holds (the manifest's inputs).
    /// </summary>
    private static async Task WriteMapAsync(TablePass pass, ReleaseVersion version, DateTimeOffset publishedAt,
        IReadOnlyCollection<string> scannedProvinces, ReleaseFiles files, CancellationToken cancellationToken)
    {
        using var provincesBytes = new MemoryStream();
        await files.Read("provinces.geojson").CopyToAsync(provincesBytes, cancellationToken);

        pass.MapActivities.Position = 0;
        MapDataWriter.Finish(
            new ReleaseMapContext(version.ToString(), publishedAt, provincesBytes.ToArray(), scannedProvinces), pass.MapActivities, pass.MapData);
        await pass.MapData.DisposeAsync();

        foreach (var name in MapBundle.FileNames)
        {
            await using var copy = files.Create(MapBundle.Folder + "/" + name);
            await using var bundled = MapBundle.Open(name);
            await bundled.CopyToAsync(copy, cancellationToken);
        }
    }

    /// <summary>
    /// dcat.jsonld and schema-org.jsonld: written after every other file but SHA256SUMS, since they list the
    /// others' sizes and checksums.
    /// </summary>
    private async Task WriteCatalogAsync(ReleaseDescription release, ReleaseFiles files, CancellationToken cancellationToken)
    {
        await using (var dcat = files.Create(CatalogFiles.DcatFileName))
        {
            await CatalogFiles.WriteDcatAsync(dcat, release, _metadata, cancellationToken);
        }

        await using var schemaOrg = files.Create(CatalogFiles.SchemaOrgFileName);
        await CatalogFiles.WriteSchemaOrgAsync(schemaOrg, release, _metadata, cancellationToken);
    }

    /// <summary>
    /// Whether the data files equal the previous release's. datapackage.json, map/data.js and the catalogue
    /// files carry the version and date, so they are left out.
    /// </summary>
    private static bool SameData(ReleaseManifest previous, ReleaseFiles files)
    {
        var before = previous.Files.ToDictionary(f => f.Name, f => f.Sha256, StringComparer.Ordinal);
        foreach (var entry in files.Describe())
        {
            if (entry.Name is "datapackage.json" or CatalogFiles.DcatFileName or CatalogFiles.SchemaOrgFileName
                || entry.Name == MapDataName)
            {
                continue;
            }

            if (!before.TryGetValue(entry.Name, out var sha) || sha != entry.Sha256)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// changes.json and CHANGELOG.md, each written by reading the spooled change log back. <paramref name="sameData"/>: a
    /// forced release whose data files equal the previous release's, which CHANGELOG.md says.
    /// </summary>
    private static void WriteChangeLog(ChangeSpool changes, ReleaseVersion version, string? previous, DateTimeOffset publishedAt, string? reason,
        bool sameData, ReleaseFiles files)
    {
        var counts = changes.Counts;
        using (var json = files.Create("changes.json", counts.Initiatives.Total + counts.Activities.Total))
        {
            ChangesJsonWriter.Write(changes, version.ToString(), previous, json);
        }

        using var markdown = new StreamWriter(files.Create("CHANGELOG.md"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        ChangelogMarkdownWriter.Write(changes, version.ToString(), previous, publishedAt, reason, markdown, sameData);
    }

    /// <summary><c>SHA256SUMS</c> in the format <c>sha256sum -c</c> reads: hash, two spaces, name.</summary>
    private static void AddChecksums(ReleaseFiles files)
    {
        var text = new StringBuilder();
        foreach (var entry in files.Describe())
        {
            text.Append(entry.Sha256).Append("  ").Append(entry.Name).Append('\n');
        }

        using var sums = files.Create("SHA256SUMS");
        sums.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private async Task StoreVersionAsync(ReleaseVersion version, ReleaseFiles files, ReleaseManifest manifest, CancellationToken cancellationToken)
    {
        var folder = version.FolderName + "/";

        // Hashed as it was written: the store keeps the scratch file where it can (a link), or copies it once. As many
        // files at a time as the store takes (Blob Storage: one connection each).
        await Parallel.ForEachAsync(
            InStoringOrder(files.Describe()),
            new ParallelOptions { MaxDegreeOfParallelism = _store.WriteConcurrency, CancellationToken = cancellationToken },
            async (entry, token) => await _store.CreateFromScratchAsync(Containers.Releases, folder + entry.Name, files.Read(entry.Name), entry.Sha256, token));

        // The manifest last: a version folder without it is not a release.
        await _store.CreateAsync(Containers.Releases, folder + ReleaseCatalog.ManifestName, ReleaseJson.Serialize(manifest), cancellationToken);
    }

    private async Task MoveLatestAsync(ReleaseManifest manifest, string? latestETag, CancellationToken cancellationToken)
    {
        try
        {
            await MoveLatestPointerAsync(manifest.Version, latestETag, cancellationToken);
        }
        catch (StorageConflictException e)
        {
            throw new InvalidOperationException(
                $"latest.json changed while this publisher held the lock; release {manifest.Version} is complete but not yet current. The next publish rolls it forward.", e);
        }

        await AddToIndexAsync(manifest, cancellationToken);
    }

    /// <summary>
    /// Points latest.json at <paramref name="version"/> with If-Match. A conflict caused by our own earlier attempt
    /// (the SDK retried a write that had succeeded but whose answer was lost; AZURE.md) is success: latest.json
    /// already names the version. Returns the new ETag.
    /// </summary>
    private async Task<string> MoveLatestPointerAsync(string version, string? ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            return await _store.WriteIfMatchAsync(Containers.Releases, ReleaseCatalog.LatestName, ReleaseJson.Serialize(new LatestPointer(version)), ifMatch, cancellationToken);
        }
        catch (StorageConflictException)
        {
            var now = await _catalog.GetLatestAsync(cancellationToken);
            if (now is { } current && current.Value.Version == version)
            {
                return current.ETag;
            }

            throw;
        }
    }

    private Task AddToIndexAsync(ReleaseManifest manifest, CancellationToken cancellationToken) =>
        AddToIndexAsync([ReleaseCatalog.IndexEntry(manifest, ReleaseJson.Serialize(manifest))], cancellationToken);

    /// <summary>Adds the entries <c>index.json</c> does not hold yet, in version order (If-Match, retried on a conflict).</summary>
    private Task AddToIndexAsync(IReadOnlyList<ReleaseIndexEntry> entries, CancellationToken cancellationToken) =>
        PipelineResilience.Concurrency.ExecuteAsync(
            async token =>
            {
                var current = await _catalog.ReadIndexAsync(token);
                var releases = current?.Value.Releases ?? [];
                var added = entries.Where(e => !releases.Any(r => r.Version == e.Version)).ToList();
                if (added.Count == 0)
                {
                    return;
                }

                var index = new ReleaseIndex([.. releases.Concat(added).OrderBy(r => ReleaseVersion.Parse(r.Version))]);
                await _store.WriteIfMatchAsync(Containers.Releases, ReleaseCatalog.IndexName, ReleaseJson.Serialize(index), current?.ETag, token);
            },
            cancellationToken).AsTask();

    /// <summary>Refreshes <c>latest/</c> (stable download URLs): every file of the release, the manifest last, stale files removed.</summary>
    private async Task CopyToLatestFolderAsync(ReleaseManifest manifest, CancellationToken cancellationToken)
    {
        var source = ReleaseCatalog.Folder(manifest.Version);

        // Copied by the store (a hard link in a folder, a server-side copy in Azure, awaited until done): no bytes pass
        // through here. As many at a time as the store takes, and the manifest after all of them.
        await Parallel.ForEachAsync(
            InStoringOrder(manifest.Files).Select(f => f.Name),
            new ParallelOptions { MaxDegreeOfParallelism = _store.WriteConcurrency, CancellationToken = cancellationToken },
            async (name, token) => await CopyToLatestAsync(source, name, token));
        await CopyToLatestAsync(source, ReleaseCatalog.ManifestName, cancellationToken);
        var names = manifest.Files.Select(f => f.Name).Append(ReleaseCatalog.ManifestName).ToList();

        var keep = names.ToHashSet(StringComparer.Ordinal);
        var stale = new List<string>();
        await foreach (var blob in _store.ListEntriesAsync(Containers.Releases, ReleaseCatalog.LatestFolder, cancellationToken))
        {
            if (!keep.Contains(blob.Name[ReleaseCatalog.LatestFolder.Length..]))
            {
                stale.Add(blob.Name);
            }
        }

        foreach (var name in stale)
        {
            await _store.DeleteAsync(Containers.Releases, name, cancellationToken);
        }
    }

    /// <summary>
    /// One at a time, files go in name order. Several at a time, the largest go first, so that the last to finish is not a
    /// large file started late.
    /// </summary>
    private IEnumerable<ReleaseFileEntry> InStoringOrder(IEnumerable<ReleaseFileEntry> files) =>
        _store.WriteConcurrency > 1
            ? files.OrderByDescending(f => f.Bytes).ThenBy(f => f.Name, StringComparer.Ordinal)
            : files.OrderBy(f => f.Name, StringComparer.Ordinal);

    private async Task CopyToLatestAsync(string source, string name, CancellationToken cancellationToken)
    {
        if (!await _store.CopyAsync(Containers.Releases, source + name, ReleaseCatalog.LatestFolder + name, cancellationToken))
        {
            throw new InvalidDataException($"releases/{source}{name} is missing although its manifest lists it.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published release {Version} (previous {Previous}): {Initiatives} initiatives, {Activities} activities")]
    private static partial void LogPublished(ILogger logger, string version, string? previous, int initiatives, int activities);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovery: {Action}")]
    private static partial void LogRecovery(ILogger logger, string action);
}
