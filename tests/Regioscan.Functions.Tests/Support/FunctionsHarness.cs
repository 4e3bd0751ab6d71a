using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Core.Demo;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Catalog;
using Regioscan.Core.Storage;
using Regioscan.Storage;
using Regioscan.Storage.Azure;
using Regioscan.Storage.Queues;
using Regioscan.Testing;

namespace Regioscan.Functions.Tests.Support;

/// <summary>
/// The pipeline on Azurite with its own containers (a unique prefix) and its own publish queue, wired as
/// the Functions app wires it, so function classes can be called directly with real clients.
/// </summary>
internal sealed class FunctionsHarness : IAsyncDisposable
{
    public static readonly DemoDataset Sample = DemoScanGenerator.Generate();

    /// <summary>Catalogue settings the app accepts for publishing (no placeholder domain).</summary>
    public static readonly ReleaseMetadataOptions Catalog = new()
    {
        BaseUrl = new Uri("https://regioscanpubtest.blob.core.windows.net/"),
        ContactEmail = "opendata@regioscan.test",
    };

    private FunctionsHarness(AzuriteFixture azurite, ReleaseMetadataOptions catalog)
    {
        Prefix = UniqueNames.ContainerPrefix();
        BlobService = azurite.CreateBlobServiceClient();
        Queue = new QueueClient(azurite.ConnectionString, Prefix + "publish", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var services = new ServiceCollection()
            .AddLogging()
            .AddRegioscanPipeline(_ => new AzureBlobStore(BlobService, new AzureBlobStoreOptions { ContainerPrefix = Prefix }));
        services.AddSingleton(catalog);
        services.AddSingleton<IPublishPrecondition, CatalogSettingsPrecondition>();
        services.AddSingleton<IPublishRequestSink>(new StorageQueueRequestSink(Queue));
        services.AddSingleton<PublishRequestService>();
        services.AddSingleton<ReleaseVerifier>();
        Services = services.BuildServiceProvider();
    }

    public string Prefix { get; }

    public BlobServiceClient BlobService { get; }

    public QueueClient Queue { get; }

    public ServiceProvider Services { get; }

    public IBlobStore Store => Services.GetRequiredService<IBlobStore>();

    /// <summary>A harness on its own containers and queue, with <see cref="Catalog"/> unless <paramref name="catalog"/> is given.</summary>
    public static async Task<FunctionsHarness> CreateAsync(AzuriteFixture azurite, ReleaseMetadataOptions? catalog = null)
    {
        var harness = new FunctionsHarness(azurite, catalog ?? Catalog);
        await harness.Store.EnsureContainersAsync();
        await harness.Queue.CreateIfNotExistsAsync();
        return harness;
    }

    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    public BlobContainerClient Container(string name) => BlobService.GetBlobContainerClient(Prefix + name);

    /// <summary>Uploads as a province would (any client): a plain blob upload into uploads/.</summary>
    public async Task<BlobClient> UploadAsync(string name, byte[] content)
    {
        var blob = Container(Containers.Uploads).GetBlobClient(name);
        await blob.UploadAsync(new BinaryData(content), overwrite: true);
        return blob;
    }

    public static byte[] SampleScan(string province) => Sample.FirstRound.Single(u => u.ProvinceCode == province).Content;

    /// <summary>Takes every message off the publish queue.</summary>
    public async Task<List<string>> DrainQueueAsync()
    {
        var messages = new List<string>();
        while (true)
        {
            var batch = (await Queue.ReceiveMessagesAsync(maxMessages: 32)).Value;
            if (batch.Length == 0)
            {
                return messages;
            }

            foreach (var message in batch)
            {
                messages.Add(message.Body.ToString());
                await Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    public async Task<List<string>> NamesAsync(string container, string prefix = "")
    {
        var names = new List<string>();
        await foreach (var blob in Store.ListAsync(container, prefix))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    public async ValueTask DisposeAsync()
    {
        await foreach (var container in BlobService.GetBlobContainersAsync(prefix: Prefix))
        {
            await BlobService.DeleteBlobContainerAsync(container.Name);
        }

        await Queue.DeleteIfExistsAsync();
        await Services.DisposeAsync();
    }
}
