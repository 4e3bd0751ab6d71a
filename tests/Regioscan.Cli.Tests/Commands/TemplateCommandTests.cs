using System.Text;
using Regioscan.Cli.Tests.Support;
using Regioscan.Core.Validation;

namespace Regioscan.Cli.Tests.Commands;

public sealed class TemplateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regioscan-template-").FullName;

    [Fact]
    public async Task The_workbook_template_is_written_and_its_path_printed()
    {
        var path = Path.Combine(_folder, "sjabloon.xlsx");

        var run = await CliRun.RunAsync("template", "-o", path);

        Assert.Equal((0, path + Environment.NewLine, string.Empty), (run.ExitCode, run.Out, run.Error));
        var validate = await CliRun.RunAsync("validate", path, "--json");
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("\"empty-file\"", validate.Out, StringComparison.Ordinal);
        Assert.Contains("\"sheet\": \"activiteiten\"", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_template_is_the_header_row()
    {
        var path = Path.Combine(_folder, "sjabloon.csv");

        var run = await CliRun.RunAsync("template", "--csv", "--output", path);

        Assert.Equal(0, run.ExitCode);
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8);
        Assert.Equal(string.Join(',', ScanTemplate.Columns.Select(c => c.Name)) + "\r\n", text);
    }

    [Fact]
    public async Task Without_a_file_name_the_template_goes_to_the_current_folder()
    {
        var expected = Path.GetFullPath("regioscan-template.xlsx");
        try
        {
            var run = await CliRun.RunAsync("template", "--xlsx", "--force");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(expected, run.Out.Trim());
            Assert.True(File.Exists(expected));
        }
        finally
        {
            File.Delete(expected);
        }
    }

    [Fact]
    public async Task An_existing_file_is_not_overwritten_without_force()
    {
        var path = Path.Combine(_folder, "scan.xlsx");
        await File.WriteAllTextAsync(path, "mijn scan");

        var refused = await CliRun.RunAsync("template", "-o", path);

        Assert.Equal(2, refused.ExitCode);
        Assert.Empty(refused.Out);
        Assert.Contains("already exists. Add --force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("mijn scan", await File.ReadAllTextAsync(path));

        var forced = await CliRun.RunAsync("template", "-o", path, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal((byte)'P', (await File.ReadAllBytesAsync(path))[0]);
    }

    [Theory]
    [InlineData("sjabloon.csv", "CSV")]
    [InlineData("SJABLOON.CSV", "CSV")]
    [InlineData("sjabloon.xlsx", "XLSX")]
    [InlineData("sjabloon", "XLSX")]
    public async Task Without_a_format_option_the_file_name_chooses_the_format(string name, string format)
    {
        var path = Path.Combine(_folder, name);

        var run = await CliRun.RunAsync("template", "-o", path);

        Assert.Equal((0, path + Environment.NewLine, string.Empty), (run.ExitCode, run.Out, run.Error));
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(format, bytes.AsSpan().StartsWith("PK"u8) ? "XLSX" : "CSV");
    }

    [Theory]
    [InlineData("x.csv", "--xlsx", "'{path}' is a CSV file name, but --xlsx was given: leave --xlsx out, or end the name in .xlsx.")]
    [InlineData("x.xlsx", "--csv", "'{path}' is a workbook file name, but --csv was given: leave --csv out, or end the name in .csv.")]
    public async Task A_format_option_against_the_file_name_is_a_usage_error(string name, string option, string message)
    {
        var path = Path.Combine(_folder, name);

        var run = await CliRun.RunAsync("template", option, "-o", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            message.Replace("{path}", path, StringComparison.Ordinal) + "\nRun 'regioscan template --help' for its arguments and options.",
            run.Error.TrimEnd().ReplaceLineEndings("\n"));
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("-o", "-")]
    [InlineData("--csv", "-o", "-")]
    public async Task Dash_writes_the_csv_template_to_standard_output(params string[] args)
    {
        var file = Path.Combine(_folder, "sjabloon.csv");
        await CliRun.RunAsync("template", "-o", file);

        var run = await CliRun.RunAsync(["template", .. args]);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)), run.Out);
        Assert.StartsWith("\uFEFFinitiatief_id,", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists("-"), "no file named -");
    }

    [Fact]
    public async Task A_workbook_to_standard_output_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("template", "--xlsx", "-o", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.StartsWith("-o - writes the CSV template to standard output; a workbook is binary: give its file name with -o.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_formats_at_once_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("template", "--xlsx", "--csv", "-o", Path.Combine(_folder, "x"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Choose one of --xlsx and --csv.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x")));
    }

    [Fact]
    public async Task A_missing_folder_exits_2()
    {
        var run = await CliRun.RunAsync("template", "-o", Path.Combine(_folder, "nope", "t.xlsx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be written", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
