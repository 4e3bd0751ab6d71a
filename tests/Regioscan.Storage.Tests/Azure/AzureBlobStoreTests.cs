using System.Security.Cryptography;
using System.Text;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Storage;
using Regioscan.Storage.Azure;
using Regioscan.Testing;

namespace Regioscan.Storage.Tests.Azure;

/// <summary>
/// The contract on Azurite (a real Blob endpoint, no mocks), plus leases and what other clients leave in
/// the account. Every test has its own container prefix, so tests never see each other's blobs.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobStoreTests(AzuriteFixture azurite) : BlobStoreContract
{
    private readonly string _prefix = UniqueNames.ContainerPrefix();
    private readonly BlobServiceClient _client = azurite.CreateBlobServiceClient();

    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(NewStore());

    protected override Task<IBlobStore> CreateOtherStoreAsync() =>
        Task.FromResult<IBlobStore>(new AzureBlobStore(azurite.CreateBlobServiceClient(), new AzureBlobStoreOptions { ContainerPrefix = _prefix }));

    public override async Task DisposeAsync()
    {
        await foreach (var container in _client.GetBlobContainersAsync(BlobContainerTraits.None, BlobContainerStates.None, _prefix))
        {
            await _client.DeleteBlobContainerAsync(container.Name);
        }
    }

    [Fact]
    public async Task Containers_are_created_with_the_prefix()
    {
        var names = await _client.GetBlobContainersAsync(BlobContainerTraits.None, BlobContainerStates.None, _prefix).Select(c => c.Name).ToListAsync();

        Assert.Equal(Containers.All.Select(c => _prefix + c).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Create_recognises_the_same_content_uploaded_by_another_client_without_a_recorded_hash()
    {
        var blob = _client.GetBlobContainerClient(_prefix + Containers.Uploads).GetBlobClient("PV20/scan.csv");
        await blob.UploadAsync(BinaryData.FromString("uploaded with az storage blob upload"));

        Assert.Null((await Store.GetAsync(Containers.Uploads, "PV20/scan.csv"))!.Sha256);
        Assert.Equal(
            CreateOutcome.AlreadyExists,
            await Store.CreateAsync(Containers.Uploads, "PV20/scan.csv", new MemoryStream(Bytes("uploaded with az storage blob upload"))));
        await Assert.ThrowsAsync<StorageConflictException>(
            () => Store.CreateAsync(Containers.Uploads, "PV20/scan.csv", new MemoryStream(Bytes("something else"))));
    }

    [Fact]
    public async Task Writes_record_the_hash_in_metadata_and_set_a_content_type()
    {
        await Store.CreateAsync(Containers.Releases, "v1.0.0/initiatives.csv", new MemoryStream(Bytes("id\n1\n")));

        BlobProperties properties = await _client.GetBlobContainerClient(_prefix + Containers.Releases)
            .GetBlobClient("v1.0.0/initiatives.csv").GetPropertiesAsync();
        Assert.Equal(Sha(Bytes("id\n1\n")), properties.Metadata["sha256"]);
        Assert.Equal("text/csv; charset=utf-8", properties.ContentType);
    }

    [Fact]
    public async Task The_lease_of_a_holder_that_died_expires_and_the_lock_becomes_free()
    {
        // A holder that died: it took a 15 s lease (Azure's shortest) and will never renew or release it.
        var lockBlob = _client.GetBlobContainerClient(_prefix + Containers.System).GetBlobClient("locks/publish");
        await lockBlob.UploadAsync(BinaryData.Empty);
        await lockBlob.GetBlobLeaseClient().AcquireAsync(TimeSpan.FromSeconds(15));

        await Assert.ThrowsAsync<TimeoutException>(() => Store.AcquireLockAsync("publish", TimeSpan.Zero));

        await using var taken = await Store.AcquireLockAsync("publish", TimeSpan.FromSeconds(90));
        Assert.False(taken.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task A_held_lock_is_renewed_beyond_its_lease_duration()
    {
        var holder = NewStore(TimeSpan.FromSeconds(2));
        await using var held = await holder.AcquireLockAsync("publish", TimeSpan.Zero);

        // Longer than the 15 s lease: without renewal the lock would be free by now.
        await Task.Delay(TimeSpan.FromSeconds(20));

        await Assert.ThrowsAsync<TimeoutException>(() => OtherStore.AcquireLockAsync("publish", TimeSpan.Zero));
        Assert.False(held.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task Lost_is_cancelled_when_the_lease_cannot_be_renewed()
    {
        var holder = NewStore(TimeSpan.FromMilliseconds(300));
        await using var held = await holder.AcquireLockAsync("publish", TimeSpan.Zero);

        // Someone breaks the lease (an operator, or the lease was taken over): the next renewal fails.
        await _client.GetBlobContainerClient(_prefix + Containers.System).GetBlobClient("locks/publish")
            .GetBlobLeaseClient().BreakAsync(TimeSpan.Zero);

        await Task.Delay(Timeout.Infinite, held.Lost).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(held.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task Ensure_containers_logs_and_tolerates_not_being_allowed_to_create_them()
    {
        // An identity that may read but not create containers, as in Azure where the infrastructure creates them.
        var readOnly = new BlobServiceClient(_client.GenerateAccountSasUri(
            AccountSasPermissions.Read | AccountSasPermissions.List, DateTimeOffset.UtcNow.AddHours(1), AccountSasResourceTypes.All));
        var logger = new CollectingLogger<AzureBlobStore>();
        var prefix = UniqueNames.ContainerPrefix();
        var store = new AzureBlobStore(readOnly, new AzureBlobStoreOptions { ContainerPrefix = prefix }, logger);

        await store.EnsureContainersAsync();

        Assert.Equal(Containers.All.Count, logger.Entries.Count(e => e.Level == LogLevel.Warning));
        Assert.Empty(await _client.GetBlobContainersAsync(BlobContainerTraits.None, BlobContainerStates.None, prefix).ToListAsync());
    }

    [Fact]
    public async Task A_store_from_the_factory_works_on_azurite()
    {
        var store = BlobStoreFactory.Create(azurite.ConnectionString);
        var name = UniqueNames.BlobPrefix() + "scan.csv";

        await store.EnsureContainersAsync();
        await store.CreateAsync(Containers.Scans, name, new MemoryStream(Bytes("via the factory")));

        Assert.IsType<AzureBlobStore>(store);
        Assert.Equal("via the factory", Encoding.UTF8.GetString((await store.ReadAsync(Containers.Scans, name))!.Content.Span));
        await store.DeleteAsync(Containers.Scans, name);
    }

    [Fact]
    public async Task A_blob_larger_than_one_request_is_uploaded_in_blocks_and_reads_back_whole()
    {
        // Blocks of 64 KiB two at a time: 300,017 bytes are five blocks, committed with the hash and the content type.
        var store = new AzureBlobStore(azurite.CreateBlobServiceClient(), new AzureBlobStoreOptions
        {
            ContainerPrefix = _prefix,
            UploadTransfer = new StorageTransferOptions { InitialTransferSize = 256 << 10, MaximumTransferSize = 64 << 10, MaximumConcurrency = 2 },
        });
        await store.EnsureContainersAsync();
        var content = new byte[300_017];
        new Random(7).NextBytes(content);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));

        Assert.Equal(CreateOutcome.Created, await store.CreateFromScratchAsync(Containers.Releases, "v1.0.0/initiatives.geojson", new MemoryStream(content), sha256));

        var blob = _client.GetBlobContainerClient(_prefix + Containers.Releases).GetBlockBlobClient("v1.0.0/initiatives.geojson");
        Assert.Equal(5, (await blob.GetBlockListAsync(BlockListTypes.Committed)).Value.CommittedBlocks.Count());
        Assert.Equal("application/geo+json", (await blob.GetPropertiesAsync()).Value.ContentType);
        Assert.Equal(sha256, (await store.GetAsync(Containers.Releases, "v1.0.0/initiatives.geojson"))!.Sha256);
        Assert.Equal(content, (await store.ReadAsync(Containers.Releases, "v1.0.0/initiatives.geojson"))!.Content.ToArray());

        // Create-only holds for a blob sent in blocks too: other content under the same name is a conflict.
        var other = (byte[])content.Clone();
        other[^1] ^= 1;
        await Assert.ThrowsAsync<StorageConflictException>(() => store.CreateFromScratchAsync(
            Containers.Releases, "v1.0.0/initiatives.geojson", new MemoryStream(other), Convert.ToHexStringLower(SHA256.HashData(other))));
    }

    [Fact]
    public void Upload_transfer_options_without_a_positive_block_size_or_concurrency_are_refused()
    {
        var client = azurite.CreateBlobServiceClient();

        var noBlocks = Assert.Throws<ArgumentException>(() => new AzureBlobStore(client, new AzureBlobStoreOptions
        {
            UploadTransfer = new StorageTransferOptions { InitialTransferSize = 8 << 20, MaximumTransferSize = 0, MaximumConcurrency = 4 },
        }));
        var noConcurrency = Assert.Throws<ArgumentException>(() => new AzureBlobStore(client, new AzureBlobStoreOptions
        {
            UploadTransfer = new StorageTransferOptions { InitialTransferSize = 8 << 20, MaximumTransferSize = 4 << 20 },
        }));

        Assert.Contains("upload transfer options", noBlocks.Message, StringComparison.Ordinal);
        Assert.Contains("upload transfer options", noConcurrency.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_names_the_account_and_prefix_but_not_the_key()
    {
        Assert.Contains("devstoreaccount1", Store.Description, StringComparison.Ordinal);
        Assert.Contains(_prefix, Store.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Eby8", Store.Description, StringComparison.Ordinal);
    }

    private AzureBlobStore NewStore(TimeSpan? renewInterval = null) => new(
        azurite.CreateBlobServiceClient(),
        new AzureBlobStoreOptions
        {
            ContainerPrefix = _prefix,
            LockLeaseDuration = TimeSpan.FromSeconds(15),
            LockRenewInterval = renewInterval,
        });
}
