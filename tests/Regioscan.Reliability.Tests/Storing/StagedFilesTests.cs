using System.Security.Cryptography;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Hostile;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Storing;

/// <summary>
/// Intake stores an upload whose rows came in id order by handing over the spools validation wrote (a local store links
/// them, Blob Storage uploads them), and copies the lines in id order otherwise. Either way the staged files must be the
/// same bytes, with the SHA-256 the store records: the same rows in id order and reversed give identical staged files.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class StagedFilesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_same_rows_in_id_order_and_reversed_are_staged_as_the_same_files_in_a_local_store()
    {
        using var folder = new TempDirectory("staged");
        await AssertSameStagedFilesAsync(new LocalBlobStore(folder.FullPath));
    }

    [Fact]
    public Task The_same_rows_in_id_order_and_reversed_are_staged_as_the_same_files_in_blob_storage() =>
        AzuriteStores.UseAsync(azurite, AssertSameStagedFilesAsync);

    private static async Task AssertSameStagedFilesAsync(IBlobStore store)
    {
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);
        var rows = Rows();

        var inOrder = await IngestAsync(pipeline, ScanCsv.Text([.. rows]), "in-order.csv");
        var reversed = await IngestAsync(pipeline, ScanCsv.Text([.. Enumerable.Reverse(rows)]), "reversed.csv");

        Assert.NotEqual(inOrder.UploadId, reversed.UploadId);
        foreach (var name in new[] { StagedScanJson.InitiativesName, StagedScanJson.ActivitiesName })
        {
            var (first, firstSha) = await StagedAsync(store, inOrder, name);
            var (second, secondSha) = await StagedAsync(store, reversed, name);
            Assert.Equal(first, second);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(first)), firstSha);
            Assert.Equal(firstSha, secondSha);
        }

        var activities = (await StagedAsync(store, inOrder, StagedScanJson.ActivitiesName)).Content;
        Assert.Equal(rows.Count, activities.Count(b => b == (byte)'\n'));
    }

    /// <summary>Twenty initiatives of three activities each, in id order; every third initiative reports no reach.</summary>
    private static List<Dictionary<string, string>> Rows()
    {
        var rows = new List<Dictionary<string, string>>();
        for (var i = 1; i <= 20; i++)
        {
            for (var a = 1; a <= 3; a++)
            {
                var row = ScanCsv.ValidRow(a, $"Initiatief {i:D2}");
                row["initiatief_id"] = $"GR-{i:D2}";
                row["bereik_per_jaar"] = i % 3 == 0 ? string.Empty : $"{(10 * i) + a}";
                row["bereik_peiljaar"] = i % 3 == 0 ? string.Empty : "2024";
                rows.Add(row);
            }
        }

        return rows;
    }

    private static async Task<IntakeResult> IngestAsync(TestPipeline pipeline, byte[] content, string fileName)
    {
        using var stream = new MemoryStream(content, writable: false);
        var result = await pipeline.Intake.IngestAsync(stream, fileName, "PV20");
        Assert.True(result.Accepted, string.Join("\n", result.Report.Errors.Select(e => e.Message)));
        return result;
    }

    private static async Task<(byte[] Content, string? Sha256)> StagedAsync(IBlobStore store, IntakeResult result, string name)
    {
        var blob = PipelinePaths.UploadFolder(result.ProvinceCode, result.UploadId) + name;
        var content = (await store.ReadAsync(Containers.Scans, blob))!.Content.ToArray();
        return (content, (await store.GetAsync(Containers.Scans, blob))!.Sha256);
    }
}
