using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Tests.Releases.Writers;

public sealed class RowCellsTests
{
    [Fact]
    public async Task A_tables_sinks_share_one_reading_of_each_rows_cells_and_write_what_they_write_alone()
    {
        var rows = ReleaseSamples.Tables().Initiatives;
        var cells = new RowCells<PublishedInitiative>(PublishedSchema.Initiatives);
        using var csv = new MemoryStream();
        using var parquet = new MemoryStream();
        using var geoJson = new MemoryStream();
        await using (var csvSink = new CsvTableSink<PublishedInitiative>(csv, cells))
        await using (var parquetSink = await ParquetTableSink<PublishedInitiative>.CreateAsync(parquet, cells, GeoPoint.Of, 2, CancellationToken.None))
        await using (var geoJsonSink = new InitiativesGeoJsonWriter(geoJson, cells))
        {
            var count = await RowPass.RunAsync(rows.ToAsyncEnumerable(), [csvSink, parquetSink, geoJsonSink], CancellationToken.None);
            Assert.Equal(rows.Count, count);
        }

        // Three sinks, one reading per row.
        Assert.Equal(rows.Count, cells.Reads);

        using var csvAlone = new MemoryStream();
        using var parquetAlone = new MemoryStream();
        using var geoJsonAlone = new MemoryStream();
        await CsvTableWriter.WriteAsync(csvAlone, PublishedSchema.Initiatives, rows, CancellationToken.None);
        await ParquetTableWriter.WriteAsync(parquetAlone, PublishedSchema.Initiatives, rows, GeoPoint.Of, 2, CancellationToken.None);
        await InitiativesGeoJsonWriter.WriteAsync(geoJsonAlone, rows, CancellationToken.None);
        Assert.Equal(csvAlone.ToArray(), csv.ToArray());
        Assert.Equal(parquetAlone.ToArray(), parquet.ToArray());
        Assert.Equal(geoJsonAlone.ToArray(), geoJson.ToArray());
    }

    [Fact]
    public void The_geojson_writer_takes_only_the_cells_of_the_published_initiatives_columns()
    {
        // Its property names are those columns' names: cells of other columns would put values under the wrong names.
        using var output = new MemoryStream();
        var other = new RowCells<PublishedInitiative>([.. PublishedSchema.Initiatives.Take(3)]);

        Assert.Throws<ArgumentException>(() => new InitiativesGeoJsonWriter(output, other));
    }

    [Fact]
    public void Another_row_is_read_anew_and_a_row_that_failed_is_never_taken_for_the_last_one()
    {
        Column<Row> name = new("name", ColumnType.Text, true, null, "Naam", "Name", "Naam.", "Name.", r => r.Name);
        Column<Row> tags = new("tags", ColumnType.TextList, false, null, "Labels", "Tags", "Labels.", "Tags.", r => r.Tags);
        var cells = new RowCells<Row>([tags, name]);
        var first = new Row("a", ["x", "y"]);

        Assert.Equal([new[] { "x", "y" }, "a"], cells.Of(first).ToArray());
        Assert.Equal([new[] { "x", "y" }, "a"], cells.Of(first).ToArray());
        Assert.Equal(1, cells.Reads);

        // An equal row is another row object: read again, as a row changed in place would be.
        Assert.Equal([new[] { "x", "y" }, "a"], cells.Of(first with { }).ToArray());
        Assert.Equal(2, cells.Reads);

        // An empty list is NULL, as in every format.
        Assert.Equal([null, "b"], cells.Of(new Row("b", [])).ToArray());

        // A required cell missing fails each time it is asked for, and the cells it overwrote before it failed are not
        // taken for those of the row read before it.
        Assert.Equal([new[] { "x", "y" }, "a"], cells.Of(first).ToArray());
        var missing = new Row(null, ["z"]);
        Assert.Throws<InvalidOperationException>(() => cells.Of(missing).ToArray());
        Assert.Throws<InvalidOperationException>(() => cells.Of(missing).ToArray());
        Assert.Equal([new[] { "x", "y" }, "a"], cells.Of(first).ToArray());
    }

    private sealed record Row(string? Name, string[] Tags);
}
