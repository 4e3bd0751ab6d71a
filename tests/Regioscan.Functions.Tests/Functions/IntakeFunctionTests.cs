using Regioscan.Core.Storage;
using Regioscan.Functions.Functions;
using Regioscan.Functions.Tests.Support;
using Regioscan.Testing;

namespace Regioscan.Functions.Tests.Functions;

[Collection(AzuriteGroup.Name)]
public sealed class IntakeFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_accepted_upload_is_staged_and_a_publish_is_requested()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        var blob = await harness.UploadAsync("PV20/scan.csv", FunctionsHarness.SampleScan("PV20"));

        await harness.Create<IntakeFunction>().RunAsync(blob, "PV20", "scan.csv", CancellationToken.None);

        var staged = await harness.NamesAsync(Containers.Scans, "PV20/");
        Assert.Contains(staged, n => n.EndsWith("/activities.jsonl", StringComparison.Ordinal));
        Assert.Contains(staged, n => n.EndsWith("/report.json", StringComparison.Ordinal));
        Assert.Contains(staged, n => n.EndsWith("/upload.csv", StringComparison.Ordinal));
        var message = Assert.Single(await harness.DrainQueueAsync());
        Assert.Contains("\"source\": \"upload\"", message, StringComparison.Ordinal);
        Assert.NotNull(await harness.Store.GetAsync(Containers.Uploads, "PV20/scan.csv"));
    }

    [Fact]
    public async Task A_second_delivery_of_the_same_event_changes_nothing()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        var blob = await harness.UploadAsync("PV21/scan.csv", FunctionsHarness.SampleScan("PV21"));
        var intake = harness.Create<IntakeFunction>();

        await intake.RunAsync(blob, "PV21", "scan.csv", CancellationToken.None);
        var before = await harness.NamesAsync(Containers.Scans);
        await harness.DrainQueueAsync();
        await intake.RunAsync(blob, "PV21", "scan.csv", CancellationToken.None);

        Assert.Equal(before, await harness.NamesAsync(Containers.Scans));
        Assert.Empty(await harness.DrainQueueAsync());
    }

    [Fact]
    public async Task A_zero_length_delivery_is_skipped()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        var blob = await harness.UploadAsync("PV22/scan.csv", []);

        await harness.Create<IntakeFunction>().RunAsync(blob, "PV22", "scan.csv", CancellationToken.None);

        Assert.Empty(await harness.NamesAsync(Containers.Scans));
        Assert.Empty(await harness.NamesAsync(Containers.Quarantine));
        Assert.Empty(await harness.DrainQueueAsync());
    }

    [Fact]
    public async Task An_upload_claiming_another_province_is_quarantined_with_its_report()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        var blob = await harness.UploadAsync("PV20/utrecht.csv", FunctionsHarness.SampleScan("PV26"));

        await harness.Create<IntakeFunction>().RunAsync(blob, "PV20", "utrecht.csv", CancellationToken.None);

        var quarantined = await harness.NamesAsync(Containers.Quarantine, "PV20/");
        var report = quarantined.Single(n => n.EndsWith("/report.json", StringComparison.Ordinal));
        var content = await harness.Store.ReadAsync(Containers.Quarantine, report);
        Assert.Contains("province-mismatch", System.Text.Encoding.UTF8.GetString(content!.Content.Span), StringComparison.Ordinal);
        Assert.Contains(quarantined, n => n.EndsWith("/upload.csv", StringComparison.Ordinal));
        Assert.Empty(await harness.NamesAsync(Containers.Scans));
        Assert.Empty(await harness.DrainQueueAsync());
    }
}
