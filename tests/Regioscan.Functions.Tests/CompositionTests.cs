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

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("https://regioscanpubabc123.blob.core.windows.net/", null, true)]
    [InlineData(null, "opendata@regioscan.nl", true)]
    [InlineData("https://regioscanpubabc123.blob.core.windows.net/", "opendata@regioscan.nl", false)]
    public void The_app_refuses_to_publish_until_the_catalogue_base_url_and_contact_address_are_set(string? baseUrl, string? email, bool refused)
    {
        var settings = new Dictionary<string, string?> { ["RegioscanStorage"] = azurite.ConnectionString };
        if (baseUrl is not null)
        {
            settings["Regioscan:Catalog:BaseUrl"] = baseUrl;
        }

        if (email is not null)
        {
            settings["Regioscan:Catalog:ContactEmail"] = email;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddRegioscanFunctions(configuration).BuildServiceProvider();

        Assert.Equal(refused, services.GetRequiredService<Core.Pipeline.IPublishPrecondition>().Refusal() is not null);
    }
}
