using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Functions.Functions;
using Regioscan.Functions.Tests.Support;
using Regioscan.Testing;

namespace Regioscan.Functions.Tests;

[Collection(AzuriteGroup.Name)]
public sealed class CompositionTests(AzuriteFixture azurite)
{
    [Fact]
    public void The_app_wiring_builds_every_function_from_the_documented_settings()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["RegioscanStorage"] = azurite.ConnectionString,
                ["Regioscan:Publisher:LockWait"] = "00:00:30",
                ["Regioscan:Validation:MaxRows"] = "1000",
            })
            .Build();
        // The Functions host registers IConfiguration; a bare collection needs it added.
        using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddRegioscanFunctions(configuration).BuildServiceProvider();

        Assert.NotNull(ActivatorUtilities.CreateInstance<IntakeFunction>(services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<PublisherFunction>(services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<ReleasesHttpFunctions>(services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<SweepFunction>(services));
        Assert.Equal(TimeSpan.FromSeconds(30), services.GetRequiredService<Core.Pipeline.PublisherOptions>().LockWait);
        Assert.Equal(1000, services.GetRequiredService<Core.Validation.ValidationOptions>().MaxRows);
    }
}
