using Regioscan.Reliability.Tests.Support;
using Regioscan.Testing;
using Xunit.Abstractions;

namespace Regioscan.Reliability.Tests.Crashes;

/// <summary>A publish that dies after each of its writes, on Azurite (the local store: <see cref="LocalCrashSafetyTests"/>).</summary>
[Collection(AzuriteGroup.Name)]
public sealed class CrashSafetyTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task A_publish_that_dies_after_any_write_on_azurite_is_completed_by_the_next_run()
    {
        await AzuriteStores.UseAsync(azurite, async store =>
        {
            await store.EnsureContainersAsync();
            var (writes, table) = await CrashScenario.RunAsync(store, output.WriteLine);
            Assert.True(writes > 20, $"a publish makes {writes} writes");

            // The same writes in the same order, with the same outcome, as on the local store.
            DocSection.AssertMatches("crash-points", table);
        });
    }
}
