using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Catalog;
using Regioscan.Core.Validation;
using Regioscan.Storage;
using Regioscan.Storage.Azure;
using Regioscan.Storage.Queues;

namespace Regioscan.Functions;

/// <summary>Wires the Functions app: Azure clients from the <c>RegioscanStorage</c> connection, the pipeline, the publish queue.</summary>
public static class FunctionsServiceCollectionExtensions
{
    /// <summary>The connection name used by every trigger and by the services (identity-based in Azure).</summary>
    public const string Connection = "RegioscanStorage";

    /// <summary>Adds everything the functions need.</summary>
    public static IServiceCollection AddRegioscanFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        // One connection section serves triggers and clients: a connection string, or
        // RegioscanStorage__blobServiceUri / __queueServiceUri with __credential=managedidentity (and __clientId).
        var connection = configuration.GetSection(Connection);
        services.AddAzureClientsCore();
        services.AddSingleton(sp => StorageConnection.Blobs(connection, sp.GetRequiredService<AzureComponentFactory>()));
        services.AddSingleton(sp => StorageConnection.Queues(connection, sp.GetRequiredService<AzureComponentFactory>()));

        services.AddOptions<PublisherOptions>().BindConfiguration("Regioscan:Publisher");
        services.AddOptions<ValidationOptions>().BindConfiguration("Regioscan:Validation");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PublisherOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ValidationOptions>>().Value);
        services.AddOptions<ReleaseMetadataOptions>().BindConfiguration("Regioscan:Catalog");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReleaseMetadataOptions>>().Value);
        services.AddSingleton<IPublishPrecondition, CatalogSettingsPrecondition>();

        services.AddRegioscanPipeline(sp => new AzureBlobStore(sp.GetRequiredService<BlobServiceClient>()));
        services.AddSingleton<IPublishRequestSink>(sp => new StorageQueueRequestSink(
            sp.GetRequiredService<QueueServiceClient>().GetQueueClient(StorageQueueRequestSink.QueueName)));
        services.AddSingleton<PublishRequestService>();
        services.AddSingleton<ReleaseVerifier>();
        return services;
    }
}
