using System.Globalization;
using System.Text;
using Regioscan.Core.Storage;
using Regioscan.Core.Validation;
using Regioscan.Reliability.Tests.Hostile;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Access;

/// <summary>
/// Uploads outside <c>uploads/PVxx/file</c> are quarantined as <c>invalid-upload-path</c>, or refused by the store's
/// name rules before anything is written; nothing lands outside the store. A province cannot publish another's scan.
/// </summary>
public sealed class UploadPathTests
{
    /// <summary>Odd blob names under uploads/ and what must become of them.</summary>
    public static IReadOnlyList<(string Name, string What)> OddNames { get; } =
    [
        ("../x.csv", "climbs out of uploads/"),
        ("PV20/../../x.csv", "climbs out through a province folder"),
        ("PV20/./x.csv", "a dot segment"),
        ("PV20//x.csv", "an empty segment"),
        ("/PV20/x.csv", "a leading slash"),
        ("PV20\\..\\x.csv", "backslashes"),
        ("PV20/x\u0001.csv", "a control character"),
        ("PV20/x\n.csv", "a line break"),
        ("PV20/x\u0000.csv", "a NUL character"),
        ("PV99/x.csv", "a province code that does not exist"),
        ("pv20/x.csv", "a lower-case province folder"),
        ("x.csv", "no province folder"),
        ("Groningen/x.csv", "a province name instead of its code"),
        ("PV20/sub/x.csv", "a sub-folder"),
        ("PV20/" + new string('a', 300) + ".csv", "a 300-character file name"),
        ("PV20/%2e%2e/x.csv", "an encoded dot-dot"),
        ("PV20/.regioscan-x.csv", "the store's reserved prefix"),
    ];

    [Fact]
    public async Task Odd_upload_names_are_quarantined_or_refused_and_nothing_is_written_outside_the_store()
    {
        using var folder = new TempDirectory("names");
        var root = Path.Combine(folder.FullPath, "store");
        var store = new LocalBlobStore(root);
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);
        var content = ScanCsv.Text(ScanCsv.ValidRow());
        var table = new StringBuilder("| upload name | what is odd | outcome |\n|---|---|---|\n");

        foreach (var (name, what) in OddNames)
        {
            string outcome;
            try
            {
                await pipeline.UploadAsync(name, content);
                var result = await pipeline.Processor.ProcessUploadAsync(name, skipEmpty: true);
                Assert.NotNull(result);
                outcome = result.Accepted
                    ? $"accepted into `{result.Location}`"
                    : $"quarantined in `{result.Location.Split('/')[0]}/{result.Location.Split('/')[1]}/` as `{result.Report.Errors[0].Code}`";
                if (!result.Accepted)
                {
                    Assert.Equal(ErrorCodes.InvalidUploadPath, result.Report.Errors[0].Code);
                }
            }
            catch (PathTooLongException)
            {
                outcome = "refused by the local file system (a name over 255 bytes); on Azure the name pattern quarantines it";
            }
            catch (ArgumentException e)
            {
                outcome = "refused by the store's name rules: " + e.Message.Split(" (Parameter")[0].Replace(name, "…", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Split('\n')[0];
            }

            var shown = HostileCorpus.Printable(name).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\u0001", "\\u0001", StringComparison.Ordinal).Replace("\0", "\\u0000", StringComparison.Ordinal);
            if (shown.Length > 40)
            {
                shown = shown[..20] + "…" + shown[^8..];
            }

            Assert.DoesNotContain("accepted", outcome, StringComparison.Ordinal);
            table.Append(CultureInfo.InvariantCulture, $"| `{shown}` | {what} | {outcome} |\n");
        }

        // Nothing beside the store's folder, and no published scan.
        Assert.Equal([root], Directory.EnumerateFileSystemEntries(folder.FullPath));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(root, Containers.Scans), "*", SearchOption.AllDirectories));
        DocSection.AssertMatches("upload-names", table.ToString());
    }

    [Fact]
    public async Task An_upload_to_the_folder_of_Groningen_that_claims_Utrecht_is_rejected()
    {
        using var folder = new TempDirectory("claim");
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);
        var row = ScanCsv.With("provincie", "Utrecht");
        row["gemeente"] = "Utrecht";
        row["latitude"] = "52.0907";
        row["longitude"] = "5.1214";
        await pipeline.UploadAsync("PV20/scan.csv", ScanCsv.Text(row));

        var result = await pipeline.Processor.ProcessUploadAsync("PV20/scan.csv", skipEmpty: true);

        Assert.False(result!.Accepted);
        Assert.Contains(result.Report.Errors, e => e.Code == ErrorCodes.ProvinceMismatch);
        Assert.StartsWith("quarantine/PV20/", result.Location, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(Containers.Scans, "PV26/latest.json"));
        Assert.Null(await store.GetAsync(Containers.Scans, "PV20/latest.json"));
    }
}
