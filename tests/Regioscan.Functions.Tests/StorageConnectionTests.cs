using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Functions.Functions;

namespace Regioscan.Functions.Tests;

/// <summary>
/// The identity-based settings infra/modules/function-app.bicep gives the app in Azure. Making the clients makes no
/// network call, so these run without Azure: they show the app can be composed from exactly those settings.
/// </summary>
public sealed class StorageConnectionTests
{
    private const string ClientId = "00000000-0000-0000-0000-000000000001";

    [Fact]
    public void The_app_builds_its_clients_and_functions_from_the_identity_based_settings_bicep_sets()
    {
        using var services = Compose(new()
        {
            ["RegioscanStorage__blobServiceUri"] = "https://stregioscandata.blob.core.windows.net/",
            ["RegioscanStorage__queueServiceUri"] = "https://stregioscandata.queue.core.windows.net/",
            ["RegioscanStorage__credential"] = "managedidentity",
            ["RegioscanStorage__clientId"] = ClientId,
        });

        Assert.Equal(new Uri("https://stregioscandata.blob.core.windows.net/"), services.GetRequiredService<BlobServiceClient>().Uri);
        Assert.Equal(new Uri("https://stregioscandata.queue.core.windows.net/"), services.GetRequiredService<QueueServiceClient>().Uri);
        Assert.NotNull(ActivatorUtilities.CreateInstance<IntakeFunction>(services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<PublisherFunction>(services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<ReleasesHttpFunctions>(services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<SweepFunction>(services));
    }

    [Fact]
    public void An_account_name_alone_gives_the_accounts_public_endpoints()
    {
        using var services = Compose(new()
        {
            ["RegioscanStorage__accountName"] = "stregioscandata",
            ["RegioscanStorage__credential"] = "managedidentity",
        });

        Assert.Equal(new Uri("https://stregioscandata.blob.core.windows.net/"), services.GetRequiredService<BlobServiceClient>().Uri);
        Assert.Equal(new Uri("https://stregioscandata.queue.core.windows.net/"), services.GetRequiredService<QueueServiceClient>().Uri);
    }

    [Fact]
    public void A_missing_connection_names_the_settings_to_set()
    {
        using var services = Compose([]);

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<BlobServiceClient>());
        Assert.Contains("RegioscanStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
        Assert.Contains("connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_uri_that_is_not_a_url_is_named()
    {
        using var services = Compose(new()
        {
            ["RegioscanStorage__blobServiceUri"] = "stregioscandata",
            ["RegioscanStorage__credential"] = "managedidentity",
        });

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<BlobServiceClient>());
        Assert.Contains("RegioscanStorage__blobServiceUri is 'stregioscandata'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The app composed from app settings as the host sees them (environment-variable names, <c>__</c> for sections).</summary>
    private static ServiceProvider Compose(Dictionary<string, string?> appSettings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(appSettings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => s.Value))
            .Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddRegioscanFunctions(configuration).BuildServiceProvider();
    }
}
