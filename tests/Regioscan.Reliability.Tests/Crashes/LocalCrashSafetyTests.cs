using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;
using Xunit.Abstractions;

namespace Regioscan.Reliability.Tests.Crashes;

/// <summary>A publish that dies after each of its writes, on the local store (runs beside the Azurite tests).</summary>
public sealed class LocalCrashSafetyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_publish_that_dies_after_any_write_on_the_local_store_is_completed_by_the_next_run()
    {
        using var folder = new TempDirectory("crash-local");
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        var (writes, table) = await CrashScenario.RunAsync(store, output.WriteLine);
        Assert.True(writes > 20, $"a publish makes {writes} writes");
        DocSection.AssertMatches("crash-points", table);
    }
}
