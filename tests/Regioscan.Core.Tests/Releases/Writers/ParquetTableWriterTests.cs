using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Tests.Releases.Writers;

public sealed class ParquetTableWriterTests
{
    [Fact]
    public async Task Empty_optional_cells_are_null_in_parquet_never_empty_strings()
    {
        var tables = ReleaseSamples.Tables();
        using var release = await ReleaseFolder.WriteAsync(tables);

        AssertNullCounts(release, "initiatives.parquet", PublishedSchema.Initiatives, tables.Initiatives);
        AssertNullCounts(release, "activities.parquet", PublishedSchema.Activities, tables.Activities);
        var empties = release.Query(
            "SELECT count(*) FROM read_parquet({file}) WHERE description = '' OR source_id = '' OR website = '' OR lead_organisation = ''",
            "initiatives.parquet");
        Assert.Equal(0L, empties[0][0]);
    }

    [Fact]
    public async Task Multi_valued_columns_are_lists_and_the_rest_typed()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());

        var types = release.Query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet({file}))", "activities.parquet")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        foreach (var column in PublishedSchema.Activities)
        {
            var expected = column.Type switch
            {
                ColumnType.Text => "VARCHAR",
                ColumnType.WholeNumber => "BIGINT",
                ColumnType.RealNumber => "DOUBLE",
                _ => "VARCHAR[]",
            };
            Assert.Equal(expected, types[column.Name]);
        }

        var lists = release.Query(
            "SELECT target_groups, sectors, len(digitalisation_forms) FROM read_parquet({file}) WHERE activity_id = 'PV20-dwg.a1'",
            "activities.parquet");
        Assert.Equal(["mkb_breed", "digitale_beginners"], Assert.IsType<List<string>>(lists[0][0]));
        Assert.Equal(["maakindustrie"], Assert.IsType<List<string>>(lists[0][1]));
        Assert.Equal(2L, lists[0][2]);
    }

    [Fact]
    public async Task Text_keeps_its_original_form_in_parquet()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());

        var rows = release.Query("SELECT name, description, lead_organisation FROM read_parquet({file}) ORDER BY initiative_id", "initiatives.parquet");
        Assert.Equal(ReleaseSamples.FormulaDescription, rows[0][1]);
        Assert.Equal("-Noorderpoort", rows[0][2]);
        Assert.Equal(ReleaseSamples.ScriptName, rows[2][0]);
        Assert.Equal("Regel 1\r\nRegel 2, met komma", rows[3][1]);
    }

    [Fact]
    public async Task Initiatives_parquet_is_geoparquet_1_1_with_points_and_a_bbox_covering()
    {
        var tables = ReleaseSamples.Tables();
        using var release = await ReleaseFolder.WriteAsync(tables);

        var metadata = release.Query("SELECT decode(value) FROM parquet_kv_metadata({file}) WHERE decode(key) = 'geo'", "initiatives.parquet");
        using var geo = JsonDocument.Parse((string)Assert.Single(metadata)[0]!);
        var root = geo.RootElement;
        Assert.Equal("1.1.0", root.GetProperty("version").GetString());
        Assert.Equal("geometry", root.GetProperty("primary_column").GetString());
        var column = root.GetProperty("columns").GetProperty("geometry");
        Assert.Equal("WKB", column.GetProperty("encoding").GetString());
        Assert.Equal(["Point"], column.GetProperty("geometry_types").EnumerateArray().Select(e => e.GetString()));
        Assert.False(column.TryGetProperty("crs", out _));
        var located = tables.Initiatives.Where(i => i.Initiative.Longitude is not null).Select(i => i.Initiative).ToList();
        Assert.Equal(
            [located.Min(i => i.Longitude!.Value), located.Min(i => i.Latitude!.Value), located.Max(i => i.Longitude!.Value), located.Max(i => i.Latitude!.Value)],
            column.GetProperty("bbox").EnumerateArray().Select(e => e.GetDouble()));
        var covering = column.GetProperty("covering").GetProperty("bbox");
        foreach (var field in new[] { "xmin", "ymin", "xmax", "ymax" })
        {
            Assert.Equal(["bbox", field], covering.GetProperty(field).EnumerateArray().Select(e => e.GetString()));
        }

        // DuckDB recognises the GeoParquet metadata and reads the column as a geometry.
        var types = release.Query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet({file}))", "initiatives.parquet")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.StartsWith("GEOMETRY", types["geometry"], StringComparison.Ordinal);
        Assert.Equal("STRUCT(xmin DOUBLE, ymin DOUBLE, xmax DOUBLE, ymax DOUBLE)", types["bbox"]);
    }

    [Fact]
    public async Task Each_point_is_the_initiatives_longitude_and_latitude_and_null_without_location()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());

        var rows = release.Query(
            "SELECT longitude, latitude, ST_AsWKB(geometry), bbox.xmin, bbox.ymin, bbox.xmax, bbox.ymax, bbox IS NULL FROM read_parquet({file})",
            "initiatives.parquet");
        Assert.Equal(4, rows.Count);
        foreach (var row in rows)
        {
            if (row[0] is null)
            {
                Assert.Null(row[2]);
                Assert.True((bool)row[7]!);
                continue;
            }

            var point = Assert.IsType<Point>(new WKBReader().Read((byte[])row[2]!));
            Assert.Equal((double)row[0]!, point.X);
            Assert.Equal((double)row[1]!, point.Y);
            Assert.Equal(new[] { point.X, point.Y, point.X, point.Y }, row[3..7].Select(v => (double)v!));
        }

        Assert.Single(rows, r => r[0] is null);
    }

    [Fact]
    public async Task Row_groups_are_written_as_they_fill()
    {
        var tables = ReleaseSamples.Tables();
        var path = Path.Combine(Path.GetTempPath(), "regioscan-writers-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            await using (var file = File.Create(path))
            {
                await ParquetTableWriter.WriteAsync(file, PublishedSchema.Activities, tables.Activities, null, rowGroupSize: 3, CancellationToken.None);
            }

            var groups = DuckDb.Query($"SELECT row_group_id, max(row_group_num_rows) FROM parquet_metadata('{path}') GROUP BY ALL ORDER BY 1");
            Assert.Equal([3L, 1L], groups.Select(g => (long)g[1]!));
            var ids = DuckDb.Query($"SELECT activity_id FROM read_parquet('{path}')").Select(r => (string)r[0]!);
            Assert.Equal(tables.Activities.Select(a => a.ActivityId), ids);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Every_value_is_the_same_whatever_the_row_group_size()
    {
        // The writer reuses its column buffers from group to group: nothing of one group may reach the next.
        var tables = ReleaseSamples.Tables();
        var folder = Path.Combine(Path.GetTempPath(), "regioscan-writers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var size in new[] { 1, 2, 1000 })
            {
                await using var initiatives = File.Create(Path.Combine(folder, $"initiatives-{size}.parquet"));
                await ParquetTableWriter.WriteAsync(initiatives, PublishedSchema.Initiatives, tables.Initiatives, GeoPoint.Of, size, CancellationToken.None);
                await using var activities = File.Create(Path.Combine(folder, $"activities-{size}.parquet"));
                await ParquetTableWriter.WriteAsync(activities, PublishedSchema.Activities, tables.Activities, null, size, CancellationToken.None);
            }

            foreach (var table in new[] { "initiatives", "activities" })
            {
                var whole = Path.Combine(folder, $"{table}-1000.parquet");
                Assert.Equal(1L, DuckDb.Query($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{whole}')")[0][0]);
                foreach (var size in new[] { 1, 2 })
                {
                    var grouped = Path.Combine(folder, $"{table}-{size}.parquet");
                    // DuckDB.NET cannot read GEOMETRY values, so the points are compared as text.
                    string Select(string file) => table == "initiatives"
                        ? $"SELECT * REPLACE (geometry::VARCHAR AS geometry) FROM read_parquet('{file}')"
                        : $"SELECT * FROM read_parquet('{file}')";
                    var differences = DuckDb.Query(
                        $"SELECT count(*) FROM (({Select(whole)} EXCEPT ALL {Select(grouped)}) UNION ALL ({Select(grouped)} EXCEPT ALL {Select(whole)}))");
                    Assert.Equal(0L, differences[0][0]);
                    Assert.True((long)DuckDb.Query($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{grouped}')")[0][0]! > 1, grouped);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(1000)]
    public async Task Text_of_any_length_is_written_whole_from_the_groups_character_chunks(int rowGroupSize)
    {
        // Cells are copied into 64K-character chunks as rows arrive; a text longer than a chunk keeps its own string.
        var sample = ReleaseSamples.Tables().Initiatives[0];
        var rows = Enumerable.Range(0, 60).Select(i => sample with
        {
            Initiative = sample.Initiative with
            {
                InitiativeId = $"{sample.Initiative.InitiativeId}-{i:D2}",
                Description = i == 30 ? new string('y', 70_000) + "é" : $"{i}: " + new string((char)('a' + (i % 26)), 2_500 + (i * 37)),
                Providers = [.. sample.Initiative.Providers, $"p{i}"],
            },
        }).ToList();
        var file = Path.Combine(Path.GetTempPath(), "regioscan-chunks-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            await using (var output = File.Create(file))
            {
                await ParquetTableWriter.WriteAsync(output, PublishedSchema.Initiatives, rows, GeoPoint.Of, rowGroupSize, CancellationToken.None);
            }

            var read = DuckDb.Query($"SELECT initiative_id, description, array_to_string(providers, '|') FROM read_parquet('{file}') ORDER BY initiative_id");
            Assert.Equal(
                rows.Select(r => (r.Initiative.InitiativeId, r.Initiative.Description, string.Join('|', r.Initiative.Providers))),
                read.Select(r => ((string)r[0]!, (string?)r[1], (string)r[2]!)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertNullCounts<TRow>(ReleaseFolder release, string file, IReadOnlyList<Column<TRow>> columns, IReadOnlyList<TRow> rows)
    {
        var select = string.Join(", ", columns.Select(c => $"count(*) FILTER (WHERE {c.Name} IS NULL)"));
        var counts = release.Query($"SELECT {select} FROM read_parquet({{file}})", file)[0];
        for (var i = 0; i < columns.Count; i++)
        {
            var expected = rows.Count(r => columns[i].Value(r) is null or "" or IReadOnlyList<string> { Count: 0 });
            Assert.True(expected == (long)counts[i]!, $"{file} {columns[i].Name}: {counts[i]} NULLs, expected {expected}");
        }

        Assert.Contains(counts, c => (long)c! > 0);
    }
}
