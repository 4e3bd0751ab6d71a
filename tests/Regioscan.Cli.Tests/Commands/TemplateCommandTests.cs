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
