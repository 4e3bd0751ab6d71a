using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Regioscan.Storage.Azure;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>Stores on the shared Azurite, each with its own containers (a unique prefix).</summary>
internal static class AzuriteStores
{
    /// <summary>
    /// Client options for tests: the service version Azurite 3.37 accepts, and the SDK's retries kept short
    /// (3 retries, 10 to 100 ms apart, 1 s network timeout) so faults cost milliseconds, not seconds.
    /// </summary>
    public static BlobClientOptions ClientOptions(HttpPipelinePolicy? policy = null)
    {
        var options = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06);
        options.Retry.MaxRetries = 3;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(100);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(1);
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.BeforeTransport);
        }

        return options;
    }

    public static AzureBlobStore Create(AzuriteFixture azurite, string prefix, HttpPipelinePolicy? policy = null) =>
        new(azurite.CreateBlobServiceClient(ClientOptions(policy)),
            new AzureBlobStoreOptions { ContainerPrefix = prefix, LockLeaseDuration = TimeSpan.FromSeconds(15) });

    /// <summary>Runs <paramref name="test"/> on a store of its own (<see cref="Create"/>, a unique prefix), then deletes its containers.</summary>
    public static async Task UseAsync(AzuriteFixture azurite, Func<AzureBlobStore, Task> test)
    {
        var prefix = UniqueNames.ContainerPrefix();
        try
        {
            await test(Create(azurite, prefix));
        }
        finally
        {
            await DeleteAsync(azurite, prefix);
        }
    }

    /// <summary>Deletes the containers of a prefix.</summary>
    public static async Task DeleteAsync(AzuriteFixture azurite, string prefix)
    {
        var client = azurite.CreateBlobServiceClient(ClientOptions());
        await foreach (var container in client.GetBlobContainersAsync(prefix: prefix))
        {
            await client.DeleteBlobContainerAsync(container.Name);
        }
    }
}
