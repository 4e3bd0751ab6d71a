using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Tests.Releases.Changes;

/// <summary>
/// A release's Parquet files read back as rows (what <c>regioscan diff</c> compares in a store without staged scans):
/// every row and cell is the published value of the model row it was written from, also across row groups as small as
/// one or two rows, where lists and NULLs meet a group's edge.
/// </summary>
public sealed class PublishedTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regioscan-published-table-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    public async Task Every_cell_read_back_is_the_value_the_release_published(int rowGroupSize)
    {
        var tables = ReleaseSamples.Tables();

        await AssertReadBackAsync(TableKeys.Initiatives, "initiative_id", tables.Initiatives, GeoPoint.Of, rowGroupSize);
        await AssertReadBackAsync(TableKeys.Activities, "activity_id", tables.Activities, null, rowGroupSize);
    }

    [Fact]
    public void The_samples_have_what_the_reader_must_tell_apart()
    {
        // Without NULLs, lists of more than one code and numbers in the samples the test above could not fail on them.
        var cells = ReleaseSamples.Tables().Initiatives
            .SelectMany(row => PublishedSchema.Initiatives.Select(column => Cells.Read(column, row)))
            .ToList();

        Assert.Contains(cells, c => c is null);
        Assert.Contains(cells, c => c is IReadOnlyList<string> { Count: > 1 });
        Assert.Contains(cells, c => c is long);
        Assert.Contains(cells, c => c is double);
    }

    [Fact]
    public async Task A_file_without_a_published_column_is_refused_with_the_file_and_the_column()
    {
        var path = Path.Combine(_folder, "activities.parquet");
        await using (var file = File.Create(path))
        {
            // An initiatives table where activities are expected: no activity_id.
            await ParquetTableWriter.WriteAsync(file, PublishedSchema.Initiatives, ReleaseSamples.Tables().Initiatives, null, 1000, CancellationToken.None);
        }

        await using var stream = File.OpenRead(path);
        var keys = PublishedTable.KeysOf(TableKeys.Activities, "activity_id");
        var error = await Assert.ThrowsAsync<InvalidDataException>(
            async () => await PublishedTable.ReadAsync(stream, keys.Columns, "releases/v1.0.0/activities.parquet", CancellationToken.None).ToListAsync());

        Assert.StartsWith(
            "releases/v1.0.0/activities.parquet has no column activity_id of the published type (Text)", error.Message, StringComparison.Ordinal);
    }

    private async Task AssertReadBackAsync<TRow>(
        TableKeys<TRow> modelKeys, string id, IReadOnlyList<TRow> rows, Func<TRow, GeoPoint?>? location, int rowGroupSize)
    {
        var path = Path.Combine(_folder, $"{id}-{rowGroupSize}.parquet");
        await using (var file = File.Create(path))
        {
            await ParquetTableWriter.WriteAsync(file, modelKeys.Columns, rows, location, rowGroupSize, CancellationToken.None);
        }

        await using var stream = File.OpenRead(path);
        var keys = PublishedTable.KeysOf(modelKeys, id);
        var read = await PublishedTable.ReadAsync(stream, keys.Columns, path, CancellationToken.None).ToListAsync();

        Assert.Equal(rows.Count, read.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            Assert.Equal(modelKeys.Id(rows[r]), keys.Id(read[r]));
            for (var c = 0; c < keys.Columns.Count; c++)
            {
                var expected = Cells.Read(modelKeys.Columns[c], rows[r]);
                var actual = keys.Columns[c].Value(read[r]);
                Assert.True(
                    ReleaseDiff.ValuesEqual(expected, actual),
                    $"row {r} ({keys.Id(read[r])}), column {keys.Columns[c].Name}: wrote {Show(expected)}, read {Show(actual)}");
            }
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        IReadOnlyList<string> list => "[" + string.Join(", ", list) + "]",
        _ => $"{value} ({value.GetType().Name})",
    };
}
