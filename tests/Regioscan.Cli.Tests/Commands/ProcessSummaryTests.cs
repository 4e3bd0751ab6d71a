using System.Text.Json;
using Regioscan.Cli.Commands;
using Regioscan.Cli.Output;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Validation;

namespace Regioscan.Cli.Tests.Commands;

/// <summary>
/// What <c>regioscan process</c> prints for an accepted upload that another ingest of its province overtook. The race
/// itself runs in <c>ConcurrentIngestTests</c> (a process run held back at its pointer write while another ingest
/// finishes); here its result is printed as the command prints it.
/// </summary>
public sealed class ProcessSummaryTests
{
    private static readonly ScanPointer Fast = new("0123456789abcdef", new string('a', 64), "fast.csv", DateTimeOffset.UnixEpoch);

    private static IntakeResult Accepted(string upload, string id, ScanPointer? currentInstead) =>
        new(id, "PV20", true, new ValidationReport(true, Path.GetFileName(upload), "PV20", 3, [], [], null), false, $"scans/PV20/{id}/")
        {
            Upload = upload,
            CurrentInstead = currentInstead,
        };

    private static readonly ProcessResult Result = new(
        [Accepted("PV20/slow.csv", "fedcba9876543210", Fast), Accepted("PV21/fr.csv", "1111222233334444", null)], 0, null);

    [Fact]
    public void An_overtaken_upload_is_counted_and_named_with_the_scan_that_is_current_instead()
    {
        var lines = ProcessCommand.Summary(Result).ToList();

        Assert.Equal(
            [
                "Processed 2 upload(s): 2 accepted (1 not made current), 0 rejected; 0 already processed before.",
                "  not current: PV20/slow.csv is not the current scan of PV20: fast.csv (upload 0123456789abcdef) was made current by "
                    + "another ingest while this one ran, and the next release takes that one. To make this file current, ingest it again.",
            ],
            lines);
    }

    [Fact]
    public void Without_an_overtaken_upload_the_summary_has_no_such_line()
    {
        var lines = ProcessCommand.Summary(Result with { Processed = [Result.Processed[1]] }).ToList();

        Assert.Equal(["Processed 1 upload(s): 1 accepted, 0 rejected; 0 already processed before."], lines);
    }

    [Fact]
    public async Task Json_names_the_current_scan_of_an_overtaken_upload_and_null_for_the_others()
    {
        using var output = new StringWriter();
        await JsonOutput.WriteAsync(output, ProcessCommand.ToJson(Result));

        using var json = JsonDocument.Parse(output.ToString());
        var processed = json.RootElement.GetProperty("processed").EnumerateArray().ToList();
        var instead = processed[0].GetProperty("current_instead");
        Assert.Equal(("0123456789abcdef", "fast.csv"), (instead.GetProperty("upload_id").GetString(), instead.GetProperty("file").GetString()));
        Assert.Equal(JsonValueKind.Null, processed[1].GetProperty("current_instead").ValueKind);
    }
}
