using Regioscan.Core.CodeLists;
using Regioscan.Core.Model;
using Regioscan.Core.Releases.Summary;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes the data files of a release: the tables as CSV, Parquet (GeoParquet for initiatives) and GeoJSON,
/// the summary by province, the code lists and the data package. The same rows always give byte-identical
/// data files; only <c>datapackage.json</c> carries the version and publication time.
/// </summary>
/// <remarks>
/// The rows stream: each table is read once, and every row goes to all of that table's outputs before the
/// next is read, so memory holds the cells of a Parquet row group or two per table, not the tables. The two tables are
/// written at the same time, one per core.
/// </remarks>
public static class ReleaseDataWriter
{
    private const string InitiativesCsv = "initiatives.csv";
    private const string ActivitiesCsv = "activities.csv";
    private const string SummaryCsv = "summary_by_province.csv";
    private const string CodeListsCsv = "codelists.csv";
    internal const string InitiativesParquet = "initiatives.parquet";
    internal const string ActivitiesParquet = "activities.parquet";
    private const string InitiativesGeoJson = "initiatives.geojson";
    private const string ProvincesGeoJson = "provinces.geojson";
    private const string DataPackage = "datapackage.json";

    /// <summary>The files <see cref="WriteAsync"/> writes.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        InitiativesCsv, ActivitiesCsv, SummaryCsv, CodeListsCsv, InitiativesParquet, ActivitiesParquet,
        InitiativesGeoJson, ProvincesGeoJson, DataPackage,
    ];

    /// <summary>
    /// Writes every file of <see cref="FileNames"/> from tables held in memory. For each, <paramref name="createFile"/>
    /// gives a writable stream (it need not be seekable), which this method fills and disposes.
    /// </summary>
    /// <returns>The files written, in <see cref="FileNames"/> order, with their row or feature counts.</returns>
    /// <exception cref="InvalidDataException">The province boundaries cannot be read.</exception>
    public static async Task<IReadOnlyList<WrittenFile>> WriteAsync(
        ReleaseTables tables,
        ReleaseDataContext context,
        Func<string, Stream> createFile,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(createFile);
        var written = await WriteTablesAsync(ReleaseRows.Of(tables), context.ProvinceBoundaries, createFile, [], [], cancellationToken);
        written.Add(await WriteDataPackageAsync(context, createFile, cancellationToken));
        return written;
    }

    /// <summary>
    /// Writes every file but <c>datapackage.json</c> in one pass over each table, feeding the rows to
    /// <paramref name="moreInitiativeSinks"/> and <paramref name="moreActivitySinks"/> on the way.
    /// </summary>
    /// <returns>The files written, in <see cref="FileNames"/> order.</returns>
    /// <exception cref="InvalidDataException">The province boundaries cannot be read.</exception>
    internal static async Task<List<WrittenFile>> WriteTablesAsync(
        ReleaseRows rows,
        Stream? provinceBoundaries,
        Func<string, Stream> createFile,
        IReadOnlyList<IRowSink<PublishedInitiative>> moreInitiativeSinks,
        IReadOnlyList<IRowSink<Activity>> moreActivitySinks,
        CancellationToken cancellationToken)
    {
        // Read the optional boundaries first, so a bad reference file fails before any file is written.
        var boundaries = provinceBoundaries is null ? null : ProvinceBoundaries.Read(provinceBoundaries);

        // The two tables are written at the same time; their files are created one at a time all the same.
        var createLock = new Lock();
        var create = createFile;
        createFile = name =>
        {
            lock (createLock)
            {
                return create(name);
            }
        };
        var written = new Dictionary<string, long?>(StringComparer.Ordinal);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        async Task<T> Guard<T>(Func<Task<T>> pass)
        {
            try
            {
                return await pass();
            }
            catch
            {
                // The other table's pass stops too rather than write on for nothing.
                await failed.CancelAsync();
                throw;
            }
        }

        var initiatives = Task.Run(() => Guard(() => WriteInitiativesAsync(rows.Initiatives, createFile, moreInitiativeSinks, failed.Token)), cancellationToken);
        var activities = Task.Run(() => Guard(() => WriteActivitiesAsync(rows.Activities, createFile, moreActivitySinks, failed.Token)), cancellationToken);
        try
        {
            await Task.WhenAll(initiatives, activities);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // One pass was cancelled because the other failed: report the failure, not the cancellation.
            foreach (var pass in new[] { initiatives, activities })
            {
                if (pass.IsFaulted)
                {
                    await pass;
                }
            }

            throw;
        }

        foreach (var (name, count) in (await initiatives).Concat(await activities))
        {
            written[name] = count;
        }

        written[SummaryCsv] = await WriteFileAsync(createFile, SummaryCsv, s =>
            CsvTableWriter.WriteAsync(s, PublishedSchema.SummaryByProvince, rows.Summaries, cancellationToken));
        written[CodeListsCsv] = await WriteFileAsync(createFile, CodeListsCsv, s =>
            CsvTableWriter.WriteAsync(s, PublishedSchema.CodeLists, CodeListEntries.Build(CodeListCatalog.Default), cancellationToken));
        written[ProvincesGeoJson] = await WriteFileAsync(createFile, ProvincesGeoJson, s =>
            ProvincesGeoJsonWriter.WriteAsync(s, rows.Summaries, boundaries, cancellationToken));
        return [.. FileNames.Where(written.ContainsKey).Select(name => new WrittenFile(name, written[name]))];
    }

    /// <summary>Writes <c>datapackage.json</c>, which carries the version and publication time.</summary>
    internal static async Task<WrittenFile> WriteDataPackageAsync(ReleaseDataContext context, Func<string, Stream> createFile, CancellationToken cancellationToken)
    {
        await using var stream = Open(createFile, DataPackage);
        await DataPackageWriter.WriteAsync(stream, context, cancellationToken);
        return new WrittenFile(DataPackage, null);
    }

    private static async Task<List<(string, long?)>> WriteInitiativesAsync(
        IAsyncEnumerable<PublishedInitiative> rows, Func<string, Stream> createFile,
        IReadOnlyList<IRowSink<PublishedInitiative>> more, CancellationToken cancellationToken)
    {
        await using var csvFile = Open(createFile, InitiativesCsv);
        await using var parquetFile = Open(createFile, InitiativesParquet);
        await using var geoJsonFile = Open(createFile, InitiativesGeoJson);
        // Each row's cells are read once for the three files.
        var cells = new RowCells<PublishedInitiative>(PublishedSchema.Initiatives);
        await using var csv = new CsvTableSink<PublishedInitiative>(csvFile, cells);
        await using var parquet = await ParquetTableSink<PublishedInitiative>.CreateAsync(
            parquetFile, cells, GeoPoint.Of, ParquetTableWriter.DefaultRowGroupSize, cancellationToken);
        await using var geoJson = new InitiativesGeoJsonWriter(geoJsonFile, cells);
        var count = await RowPass.RunAsync(rows, [csv, parquet, geoJson, .. more], cancellationToken);
        return [(InitiativesCsv, count), (InitiativesParquet, count), (InitiativesGeoJson, geoJson.Features)];
    }

    private static async Task<List<(string, long?)>> WriteActivitiesAsync(
        IAsyncEnumerable<Activity> rows, Func<string, Stream> createFile,
        IReadOnlyList<IRowSink<Activity>> more, CancellationToken cancellationToken)
    {
        await using var csvFile = Open(createFile, ActivitiesCsv);
        await using var parquetFile = Open(createFile, ActivitiesParquet);
        var cells = new RowCells<Activity>(PublishedSchema.Activities);
        await using var csv = new CsvTableSink<Activity>(csvFile, cells);
        await using var parquet = await ParquetTableSink<Activity>.CreateAsync(
            parquetFile, cells, null, ParquetTableWriter.DefaultRowGroupSize, cancellationToken);
        var count = await RowPass.RunAsync(rows, [csv, parquet, .. more], cancellationToken);
        return [(ActivitiesCsv, count), (ActivitiesParquet, count)];
    }

    private static async Task<long?> WriteFileAsync(Func<string, Stream> createFile, string name, Func<Stream, Task<long>> write)
    {
        await using var stream = Open(createFile, name);
        return await write(stream);
    }

    private static Stream Open(Func<string, Stream> createFile, string name) =>
        createFile(name) ?? throw new InvalidOperationException($"createFile gave no stream for {name}.");
}
