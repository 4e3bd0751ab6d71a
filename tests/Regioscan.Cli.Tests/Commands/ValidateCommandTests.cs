using System.Text;
using System.Text.Json;

namespace Regioscan.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Header = "initiatief_naam;provincie;werkgebied;aanbieders;activiteit_naam;activiteit_type;doelgroep;digitaliseringsvorm;knelpunten;bereik_per_jaar";
    private const string GoodRow = "Digitaal Doen;Utrecht;regionaal;provincie|kvk;Digitale scan;advies;zzp;cybersecurity;kennis;1.250";
    private const string BadRow = "Digitaal Doen;Utrecht;regionaal;provincie|kvk;Workshop;training;zzp;blokchain;kennis;veel";

    private readonly string _folder = Directory.CreateTempSubdirectory("regioscan-validate-").FullName;

    [Fact]
    public async Task A_valid_file_exits_0_with_a_readable_report()
    {
        var (exit, output, error) = await RunAsync("validate", Write(GoodRow), "--province", "PV26");

        Assert.Equal(0, exit);
        Assert.StartsWith("scan.csv for Utrecht (PV26): VALID.", output, StringComparison.Ordinal);
        Assert.Contains("separator ; (semicolon)", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task An_invalid_file_exits_1_naming_row_column_value_and_fix()
    {
        var (exit, output, error) = await RunAsync("validate", Write(GoodRow, BadRow));

        Assert.Equal(1, exit);
        Assert.Contains("NOT VALID. 2 errors", output, StringComparison.Ordinal);
        Assert.Contains("Row 3, cell H3, column digitaliseringsvorm, value \"blokchain\"  [unknown-code]", output, StringComparison.Ordinal);
        Assert.Contains("Row 3, cell J3, column bereik_per_jaar, value \"veel\"  [type-error]", output, StringComparison.Ordinal);
        Assert.Contains("How to fix: ", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task With_json_the_report_is_the_only_output()
    {
        var (exit, output, error) = await RunAsync("validate", Write(GoodRow, BadRow), "--json");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["valid", "file", "province", "rows", "errors", "warnings", "detected"], root.EnumerateObject().Select(p => p.Name));
        Assert.False(root.GetProperty("valid").GetBoolean());
        var first = root.GetProperty("errors")[0];
        Assert.Equal(("unknown-code", 3, "digitaliseringsvorm"),
            (first.GetProperty("code").GetString(), first.GetProperty("row").GetInt32(), first.GetProperty("column").GetString()));
    }

    [Fact]
    public async Task With_json_a_valid_file_exits_0()
    {
        var (exit, output, _) = await RunAsync("validate", "--json", Write(GoodRow));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("PV26", json.RootElement.GetProperty("province").GetString());
    }

    [Fact]
    public async Task A_row_of_another_province_than_the_option_exits_1()
    {
        var (exit, output, _) = await RunAsync("validate", Write(GoodRow), "--province", "PV20", "--json");

        Assert.Equal(1, exit);
        Assert.Contains("\"province-mismatch\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_exits_2_with_what_to_do_on_standard_error()
    {
        var (exit, output, error) = await RunAsync("validate", Path.Combine(_folder, "nope.csv"), "--json");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("does not exist. Check the path", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_instead_of_a_file_exits_2()
    {
        var (exit, _, error) = await RunAsync("validate", _folder);

        Assert.Equal(2, exit);
        Assert.Contains("is a folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_province_option_is_a_usage_error()
    {
        var (exit, output, error) = await RunAsync("validate", Write(GoodRow), "--province", "PV99");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("'PV99' is not a province", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_file_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("validate");

        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task A_damaged_workbook_exits_1_with_how_to_save_it_again()
    {
        var path = Path.Combine(_folder, "scan.xlsx");
        await File.WriteAllBytesAsync(path, [.. "PK\u0003\u0004"u8, .. "[Content_Types].xml"u8, 0, 0]);

        var (exit, output, _) = await RunAsync("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("Read as an Excel workbook (.xlsx).", output, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(params string[] rows)
    {
        var path = Path.Combine(_folder, "scan.csv");
        File.WriteAllText(path, Header + "\r\n" + string.Join("\r\n", rows) + "\r\n", new UTF8Encoding(false));
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
