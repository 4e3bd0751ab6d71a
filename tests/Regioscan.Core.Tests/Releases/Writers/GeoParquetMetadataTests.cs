using System.Text.Json;
using Parquet;
using Parquet.Schema;
using Regioscan.Core.Releases.Writers;

namespace Regioscan.Core.Tests.Releases.Writers;

/// <summary>
/// initiatives.parquet read back with Parquet.Net, a second reader beside DuckDB: the <c>geo</c> metadata
/// that GeoParquet 1.1 readers (GDAL, GeoPandas, QGIS) look for, its covering column and the row layout.
/// </summary>
public sealed class GeoParquetMetadataTests
{
    [Fact]
    public async Task The_geo_metadata_declares_the_point_column_and_its_bbox_covering_struct()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        await using var reader = await ParquetReader.CreateAsync(release.File("initiatives.parquet"));

        using var geo = JsonDocument.Parse(reader.CustomMetadata[GeoParquetMetadata.Key]);
        var column = geo.RootElement.GetProperty("columns").GetProperty(geo.RootElement.GetProperty("primary_column").GetString()!);
        Assert.Equal("1.1.0", geo.RootElement.GetProperty("version").GetString());
        Assert.Equal(["Point"], column.GetProperty("geometry_types").EnumerateArray().Select(t => t.GetString()));
        var covering = column.GetProperty("covering").GetProperty("bbox");
        Assert.Equal(["xmin", "ymin", "xmax", "ymax"], covering.EnumerateObject().Select(p => p.Name));

        // The covering column is a top-level struct of four doubles, named as the metadata says.
        var bbox = Assert.IsType<StructField>(reader.Schema.Fields.Single(f => f.Name == covering.GetProperty("xmin")[0].GetString()));
        Assert.Equal(["xmin", "ymin", "xmax", "ymax"], bbox.Fields.Select(f => f.Name));
        Assert.All(bbox.Fields, f => Assert.Equal(typeof(double), Assert.IsType<DataField>(f).ClrType));
        var geometry = Assert.IsType<DataField>(reader.Schema.Fields.Single(f => f.Name == "geometry"));
        Assert.Contains(geometry.ClrType, new[] { typeof(byte[]), typeof(ReadOnlyMemory<byte>) }); // binary (WKB), not text
    }

    [Fact]
    public async Task A_national_release_fits_one_row_group_in_initiative_id_order()
    {
        var tables = ReleaseSamples.Tables();
        using var release = await ReleaseFolder.WriteAsync(tables);
        await using var reader = await ParquetReader.CreateAsync(release.File("initiatives.parquet"));

        Assert.Equal(1, reader.RowGroupCount);
        var ids = release.Query("SELECT initiative_id FROM read_parquet({file})", "initiatives.parquet").Select(r => (string)r[0]!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }
}
