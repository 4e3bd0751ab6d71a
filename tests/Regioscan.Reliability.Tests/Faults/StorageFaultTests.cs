using Azure.Core;
using Regioscan.Core.Demo;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Testing;
using Xunit.Abstractions;

namespace Regioscan.Reliability.Tests.Faults;

/// <summary>
/// Intake and publishing against Azurite while a seeded policy injects 503s, 500s after the fact, timeouts
/// and dropped connections. Each run completes or leaves the previous release as it was; a fault-free run
/// afterwards completes the work; no upload is lost.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class StorageFaultTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly string[] Provinces = ["PV20", "PV23", "PV26", "PV31"];

    [Theory]
    [InlineData(1, 0.10)]
    [InlineData(2, 0.15)]
    [InlineData(3, 0.20)]
    [InlineData(4, 0.25)]
    [InlineData(5, 0.30)]
    [InlineData(6, 0.35)]
    public async Task A_faulty_run_completes_or_leaves_the_previous_release_and_the_next_run_completes_it(int seed, double rate)
    {
        var prefix = UniqueNames.ContainerPrefix();
        var faults = new FaultInjectionPolicy(seed, rate, TimeSpan.FromSeconds(30)) { Applies = NotLeaseRenewalOrRelease };
        try
        {
            var store = AzuriteStores.Create(azurite, prefix, faults);
            await store.EnsureContainersAsync();
            using var pipeline = new TestPipeline(store);

            // Before: release 1.0.0 from the demo's scans of four provinces, without faults.
            foreach (var province in Provinces)
            {
                var upload = Samples.Upload(DemoScanGenerator.DefaultSeed, province);
                await pipeline.UploadAsync(Samples.BlobName(upload), upload.Content);
            }

            await pipeline.Processor.ProcessAllAsync("before the faults");
            var before = await ReleaseChecks.AssertLatestIsCompleteAsync(store);
            Assert.Equal("1.0.0", before!.Version);

            // Every province uploads a changed scan; intake and publish run under faults.
            var names = new List<string>();
            foreach (var province in Provinces)
            {
                var upload = Samples.Upload(100 + seed, province);
                names.Add(Samples.BlobName(upload, "-v2"));
                await pipeline.UploadAsync(names[^1], upload.Content);
            }

            faults.Enabled = true;
            var failedIntakes = 0;
            foreach (var name in names)
            {
                try
                {
                    await pipeline.Processor.ProcessUploadAsync(name, skipEmpty: true);
                }
                catch (Exception e) when (e is not SimulatedCrashException)
                {
                    failedIntakes++;
                    output.WriteLine($"intake of {name} failed: {Describe(e)}\n{e.StackTrace}");
                }
            }

            string? failedPublish = null;
            try
            {
                await pipeline.FreshPublisher().PublishAsync("under faults");
            }
            catch (Exception e)
            {
                failedPublish = Describe(e);
            }

            faults.Enabled = false;

            // What consumers see now: the previous release, or a complete newer one.
            var during = await ReleaseChecks.AssertLatestIsCompleteAsync(store);
            Assert.NotNull(during);

            // A fault-free run (the event's redelivery, then the next publish request) finishes the work.
            foreach (var name in names)
            {
                await pipeline.Processor.ProcessUploadAsync(name, skipEmpty: true);
            }

            var after = await pipeline.FreshPublisher().PublishAsync("after the faults");
            var (accepted, rejected) = await ReleaseChecks.AssertNoUploadLostAsync(store);
            Assert.Equal(names.Count + Provinces.Length, accepted + rejected);
            await ReleaseChecks.AssertConsistentAsync(store);
            var latest = await ReleaseChecks.AssertLatestIsCompleteAsync(store);
            var current = await ReleaseChecks.CurrentScansAsync(store);
            Assert.Equal(current.OrderBy(p => p.Key), latest!.Inputs.Select(p => KeyValuePair.Create(p.Key, p.Value.UploadId)).OrderBy(p => p.Key));

            output.WriteLine(
                $"seed {seed}, rate {rate:0.00}: {faults.Requests} requests, {faults.Total} faults injected " +
                $"({string.Join(", ", faults.Counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}); " +
                $"intakes failed {failedIntakes}/{names.Count}; publish under faults {(failedPublish is null ? "completed" : "failed: " + failedPublish)}; " +
                $"visible during: {during.Version}; after the fault-free run: {latest.Version} ({(after.Published ? "published" : "rolled forward")}); " +
                $"uploads {accepted} accepted, {rejected} rejected, none lost");
        }
        finally
        {
            await AzuriteStores.DeleteAsync(azurite, prefix);
        }
    }

    /// <summary>
    /// Lease renewals and releases are left alone: a failed release keeps the lock blocked for the lease's
    /// 15 s (by design), which would only make the test slow. Acquiring the lease is faulted like any call.
    /// </summary>
    private static bool NotLeaseRenewalOrRelease(HttpMessage message) =>
        !(message.Request.Headers.TryGetValue("x-ms-lease-action", out var action) && action is "renew" or "release");

    private static string Shorten(string message) => message.Split('\n')[0];

    private static string Describe(Exception e) => e is Azure.RequestFailedException r
        ? $"{e.GetType().Name} {r.Status} {r.ErrorCode}: {Shorten(e.Message)}"
        : $"{e.GetType().Name}: {Shorten(e.Message)}";
}
