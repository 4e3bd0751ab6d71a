using System.Text;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Tests.Releases.Writers;

public sealed class CsvTableWriterTests
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    [Fact]
    public async Task Csv_is_utf8_without_bom_with_crlf_line_ends()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        var bytes = release.Bytes("initiatives.csv");

        Assert.Equal("initiative_id,"u8.ToArray(), bytes[..14]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("Fryslân", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal(5, text.Split("\r\n").Length - 1 - CountEmbeddedLineBreaks(text));
    }

    [Fact]
    public async Task Formula_like_text_is_neutralised_but_numbers_are_not()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        var initiatives = release.Text("initiatives.csv");
        var activities = release.Text("activities.csv");

        Assert.Contains("\"'=HYPERLINK(\"\"http://example.org\"\";\"\"klik\"\")\"", initiatives, StringComparison.Ordinal);
        Assert.Contains("\"'-Noorderpoort\"", initiatives, StringComparison.Ordinal);
        Assert.Contains("\"'+Voucher Noord\"", initiatives, StringComparison.Ordinal);
        Assert.Contains("\"'\tTab BV\"", initiatives, StringComparison.Ordinal);
        Assert.Contains("\"'@Home webinars\"", activities, StringComparison.Ordinal);
        Assert.Contains(",51.5072,-0.1276,0,", initiatives, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_is_an_empty_unquoted_field_and_lists_are_joined_with_a_bar()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        var text = release.Text("initiatives.csv");

        Assert.DoesNotContain(",\"\"", text, StringComparison.Ordinal);
        Assert.Contains("PV20-voucher,,PV20,Groningen,\"'+Voucher Noord\",,,,,provinciaal,rijk|provincie,,projectmatig,financieringsfalen,2023,,", text, StringComparison.Ordinal);

        // DuckDB, told that a quoted empty field is a value, still reads every empty field as NULL.
        var nulls = release.Query(
            "SELECT count(*) FILTER (WHERE description IS NULL), count(*) FILTER (WHERE policy_rationale IS NULL), "
            + "count(*) FILTER (WHERE latitude IS NULL) FROM read_csv({file}, header = true, all_varchar = true, allow_quoted_nulls = false)",
            "initiatives.csv");
        Assert.Equal(new object?[] { 2L, 2L, 1L }, nulls[0]);
    }

    [Theory]
    [InlineData("initiatives")]
    [InlineData("activities")]
    public async Task Csv_and_parquet_hold_the_same_rows_and_values(string table)
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        var schema = table == "initiatives"
            ? PublishedSchema.Initiatives.Select(c => (c.Name, c.Type)).ToList()
            : PublishedSchema.Activities.Select(c => (c.Name, c.Type)).ToList();
        var columns = schema.Select(c => c.Name).ToList();
        var select = string.Join(", ", columns);

        var parquet = release.Query($"SELECT {select} FROM read_parquet({{file}})", table + ".parquet");
        var csv = release.Query($"SELECT {select} FROM read_csv({{file}}, header = true, all_varchar = true, allow_quoted_nulls = false)", table + ".csv");

        Assert.Equal(columns, DuckDb.Names($"SELECT * FROM read_csv('{release.File(table + ".csv")}', header = true, all_varchar = true)"));
        Assert.Equal(parquet.Count, csv.Count);
        Assert.NotEmpty(parquet);
        for (var row = 0; row < parquet.Count; row++)
        {
            for (var column = 0; column < columns.Count; column++)
            {
                var expected = DuckDb.Canonical(parquet[row][column]);
                // Only text is neutralised: a negative longitude stays a number.
                var isText = schema[column].Type is ColumnType.Text or ColumnType.TextList;
                if (isText && expected is not null && FormulaStarts.Contains(expected[0]))
                {
                    expected = "'" + expected;
                }

                Assert.True(expected == (string?)csv[row][column], $"{table} row {row} column {columns[column]}: parquet {expected}, csv {csv[row][column]}");
            }
        }
    }

    [Fact]
    public async Task Summary_and_code_list_csv_have_their_schema_columns()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());

        Assert.Equal(
            PublishedSchema.SummaryByProvince.Select(c => c.Name),
            DuckDb.Names($"SELECT * FROM read_csv('{release.File("summary_by_province.csv")}', header = true)"));
        Assert.Equal(
            ["list", "code", "label_nl", "label_en"],
            DuckDb.Names($"SELECT * FROM read_csv('{release.File("codelists.csv")}', header = true)"));
        var provinces = release.Query("SELECT code, label_nl FROM read_csv({file}, header = true) WHERE list = 'province' ORDER BY code", "codelists.csv");
        Assert.Equal(12, provinces.Count);
        Assert.Equal(new object?[] { "PV21", "Fryslân" }, provinces[1]);
    }

    private static int CountEmbeddedLineBreaks(string text) => text.Split("Regel 1\r\n").Length - 1;
}
