using Regioscan.Core.CodeLists;
using Regioscan.Core.Releases.Summary;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes the data files of a release from the national tables: the tables as CSV, Parquet (GeoParquet
/// for initiatives) and GeoJSON, the summary by province, the code lists and the data package. The same
/// tables always give byte-identical data files; only <c>datapackage.json</c> carries the version and
/// publication time.
/// </summary>
public static class ReleaseDataWriter
{
    private const string InitiativesCsv = "initiatives.csv";
    private const string ActivitiesCsv = "activities.csv";
    private const string SummaryCsv = "summary_by_province.csv";
    private const string CodeListsCsv = "codelists.csv";
    private const string InitiativesParquet = "initiatives.parquet";
    private const string ActivitiesParquet = "activities.parquet";
    private const string InitiativesGeoJson = "initiatives.geojson";
    private const string ProvincesGeoJson = "provinces.geojson";
    private const string DataPackage = "datapackage.json";

    /// <summary>The files <see cref="WriteAsync"/> writes, in the order it writes them.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        InitiativesCsv, ActivitiesCsv, SummaryCsv, CodeListsCsv, InitiativesParquet, ActivitiesParquet,
        InitiativesGeoJson, ProvincesGeoJson, DataPackage,
    ];

    /// <summary>
    /// Writes every file of <see cref="FileNames"/>. For each, <paramref name="createFile"/> gives a writable
    /// stream (it need not be seekable), which this method fills and disposes.
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

        // Read the optional boundaries first, so a bad reference file fails before any file is written.
        var boundaries = context.ProvinceBoundaries is null ? null : ProvinceBoundaries.Read(context.ProvinceBoundaries);
        var summaries = ProvinceSummaries.Build(tables);
        var codeLists = CodeListEntries.Build(CodeListCatalog.Default);
        const int rowGroup = ParquetTableWriter.DefaultRowGroupSize;

        var written = new List<WrittenFile>(FileNames.Count);
        async Task Write(string name, Func<Stream, Task<long?>> write)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stream = createFile(name) ?? throw new InvalidOperationException($"createFile gave no stream for {name}.");
            await using (stream)
            {
                written.Add(new WrittenFile(name, await write(stream)));
            }
        }

        await Write(InitiativesCsv, async s => await CsvTableWriter.WriteAsync(s, PublishedSchema.Initiatives, tables.Initiatives, cancellationToken));
        await Write(ActivitiesCsv, async s => await CsvTableWriter.WriteAsync(s, PublishedSchema.Activities, tables.Activities, cancellationToken));
        await Write(SummaryCsv, async s => await CsvTableWriter.WriteAsync(s, PublishedSchema.SummaryByProvince, summaries, cancellationToken));
        await Write(CodeListsCsv, async s => await CsvTableWriter.WriteAsync(s, PublishedSchema.CodeLists, codeLists, cancellationToken));
        await Write(InitiativesParquet, async s =>
            await ParquetTableWriter.WriteAsync(s, PublishedSchema.Initiatives, tables.Initiatives, GeoPoint.Of, rowGroup, cancellationToken));
        await Write(ActivitiesParquet, async s =>
            await ParquetTableWriter.WriteAsync(s, PublishedSchema.Activities, tables.Activities, null, rowGroup, cancellationToken));
        await Write(InitiativesGeoJson, async s => await InitiativesGeoJsonWriter.WriteAsync(s, tables.Initiatives, cancellationToken));
        await Write(ProvincesGeoJson, async s => await ProvincesGeoJsonWriter.WriteAsync(s, summaries, boundaries, cancellationToken));
        await Write(DataPackage, async s =>
        {
            await DataPackageWriter.WriteAsync(s, context, cancellationToken);
            return null;
        });
        return written;
    }
}
