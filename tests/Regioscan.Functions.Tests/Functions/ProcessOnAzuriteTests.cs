using System.Text.Json;
using Azure.Storage.Blobs;
using Regioscan.Functions.Tests.Support;
using Regioscan.Testing;

namespace Regioscan.Functions.Tests.Functions;

/// <summary>
/// <c>regioscan process --store &lt;connection string&gt;</c> on Azurite, with uploads made by another client.
/// The only test on the account's unprefixed containers (the CLI's store has no prefix).
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ProcessOnAzuriteTests(AzuriteFixture azurite)
{
    private static async Task<(int Exit, string Out, string Error)> CliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Cli.CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Uploads_by_any_client_become_a_release_and_a_second_run_changes_nothing()
    {
        var service = new BlobServiceClient(azurite.ConnectionString);
        var uploads = service.GetBlobContainerClient("uploads");
        await uploads.CreateIfNotExistsAsync();
        await uploads.GetBlobClient("PV27/noord-holland.csv").UploadAsync(new BinaryData(FunctionsHarness.SampleScan("PV27")), overwrite: true);
        await uploads.GetBlobClient("PV28/verkeerde-provincie.csv").UploadAsync(new BinaryData(FunctionsHarness.SampleScan("PV27")), overwrite: true);

        // Exit code 1: an upload was rejected (README's exit codes); the accepted one is published all the same.
        var first = await CliAsync("process", "--store", azurite.ConnectionString, "--json");
        Assert.True(first.Exit == 1, first.Error);
        using (var json = JsonDocument.Parse(first.Out))
        {
            var processed = json.RootElement.GetProperty("processed").EnumerateArray().ToList();
            Assert.Contains(processed, p => p.GetProperty("province").GetString() == "PV27" && p.GetProperty("accepted").GetBoolean());
            var rejected = Assert.Single(processed, p => p.GetProperty("province").GetString() == "PV28");
            Assert.False(rejected.GetProperty("accepted").GetBoolean());
            var report = service.GetBlobContainerClient("quarantine").GetBlobClient(rejected.GetProperty("location").GetString()!["quarantine/".Length..] + "report.json");
            Assert.True((await report.ExistsAsync()).Value);
            Assert.True(json.RootElement.GetProperty("publish").GetProperty("published").GetBoolean());
        }

        var releasesBefore = await service.GetBlobContainerClient("releases").GetBlobsAsync().ToListAsync();
        var second = await CliAsync("process", "--store", azurite.ConnectionString, "--json");
        Assert.Equal(0, second.Exit);
        using (var json = JsonDocument.Parse(second.Out))
        {
            Assert.Empty(json.RootElement.GetProperty("processed").EnumerateArray());
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("publish").ValueKind);
        }

        var releasesAfter = await service.GetBlobContainerClient("releases").GetBlobsAsync().ToListAsync();
        Assert.Equal(releasesBefore.Select(b => (b.Name, b.Properties.ETag)), releasesAfter.Select(b => (b.Name, b.Properties.ETag)));
    }
}
