using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Regioscan.Core.Storage;

namespace Regioscan.Storage.Azure;

/// <summary>
/// The store on Azure Blob Storage (or Azurite). Create-only writes use <c>If-None-Match: *</c> and record
/// the content's SHA-256 in the blob's metadata, so a 409 on a retried create that was in fact our own
/// earlier success is recognised; pointer writes use <c>If-Match</c>; locks are renewed blob leases.
/// </summary>
/// <remarks>
/// Pass a <see cref="BlobServiceClient"/> built by the host (the Functions app, tests) or use
/// <see cref="BlobStoreFactory"/>. The client's own retry policy handles transient faults; this class adds
/// no retries of its own, and reports lost races as <see cref="StorageConflictException"/> for the
/// caller's optimistic-concurrency loop.
/// </remarks>
public sealed class AzureBlobStore : IBlobStore
{
    private readonly BlobServiceClient _client;
    private readonly AzureBlobStoreOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the store on an account.</summary>
    /// <param name="client">The account's client; its options decide service version and retries.</param>
    /// <param name="options">Container prefix and lock timing; null for the defaults.</param>
    /// <param name="logger">Where warnings (a forbidden container creation, a lost lock) go.</param>
    public AzureBlobStore(BlobServiceClient client, AzureBlobStoreOptions? options = null, ILogger<AzureBlobStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new AzureBlobStoreOptions();
        _options.Validate();
        _logger = logger ?? NullLogger<AzureBlobStore>.Instance;
        foreach (var container in Containers.All)
        {
            BlobNames.ValidateContainer(_options.ContainerPrefix + container, nameof(options));
        }

        // The account URL without its query, which may hold a SAS token.
        var account = client.Uri.GetLeftPart(UriPartial.Path);
        Description = _options.ContainerPrefix.Length == 0
            ? $"Azure Blob Storage {account}"
            : $"Azure Blob Storage {account} (containers prefixed '{_options.ContainerPrefix}')";
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    /// <remarks><see cref="AzureBlobStoreOptions.WriteConcurrency"/>: each upload streams over a connection of its own.</remarks>
    public int WriteConcurrency => _options.WriteConcurrency;

    /// <inheritdoc />
    /// <remarks>In Azure the infrastructure creates the containers; a 403 here is logged and ignored.</remarks>
    public async Task EnsureContainersAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in Containers.All)
        {
            try
            {
                await Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 403)
            {
                AzureLog.ContainerCreationForbidden(_logger, container, Description, ex);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="container"/> exists: a read-only command on an account without the pipeline's containers
    /// (a mistyped account name) then says so instead of reading it as an empty store. Null when the credential may
    /// read blobs but not ask this (a SAS for objects only, a role without that permission): the reads will tell.
    /// </summary>
    public async Task<bool?> ContainerExistsAsync(string container, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await Container(container).ExistsAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 403 && ex.ErrorCode is "AuthorizationPermissionMismatch" or "AuthorizationResourceTypeMismatch")
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<StoredBlob?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var blob = Blob(container, name);
        try
        {
            BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return new StoredBlob(
                container, name, properties.ContentLength, Tag(properties.ETag), RecordedHash(properties.Metadata), properties.LastModified);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<Stream?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var blob = Blob(container, name);
        try
        {
            // One download; the SDK resumes it on faults with an If-Match on the first response's ETag,
            // so the stream never mixes two versions.
            BlobDownloadStreamingResult result = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            return result.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<VersionedContent?> ReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var blob = Blob(container, name);
        try
        {
            BlobDownloadResult result = await blob.DownloadContentAsync(cancellationToken);
            return new VersionedContent(result.Content.ToMemory(), Tag(result.Details.ETag));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    /// <remarks>Blob Storage lists in name order (UTF-8 bytes, the same as ordinal order for these names).</remarks>
    public async IAsyncEnumerable<StoredBlob> ListAsync(
        string container, string prefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidatePrefix(prefix);
        var options = new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = prefix.Length == 0 ? null : prefix };
        await using var items = Container(container).GetBlobsAsync(options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await items.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // No container: nothing in it, as in the local store.
                yield break;
            }

            var item = items.Current;
            yield return new StoredBlob(
                container,
                item.Name,
                item.Properties.ContentLength ?? 0,
                item.Properties.ETag is { } etag ? Tag(etag) : "",
                RecordedHash(item.Metadata),
                item.Properties.LastModified ?? DateTimeOffset.MinValue);
        }
    }

    /// <inheritdoc />
    public async Task<CreateOutcome> CreateAsync(string container, string name, Stream content, CancellationToken cancellationToken = default)
    {
        await using var hashed = await HashedContent.PrepareAsync(content, cancellationToken);
        return await CreateAsync(container, name, hashed, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>The blob is uploaded from the file with the writer's SHA-256 in its metadata: the file is read once, not hashed again.</remarks>
    public async Task<CreateOutcome> CreateFromScratchAsync(string container, string name, Stream content, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        await using var hashed = HashedContent.Known(content, sha256);
        return await CreateAsync(container, name, hashed, cancellationToken);
    }

    private async Task<CreateOutcome> CreateAsync(string container, string name, HashedContent hashed, CancellationToken cancellationToken)
    {
        var blob = Blob(container, name);
        try
        {
            await blob.UploadAsync(hashed.Stream, UploadOptions(name, hashed.Sha256, new BlobRequestConditions { IfNoneMatch = ETag.All }), cancellationToken);
            return CreateOutcome.Created;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Possibly our own earlier attempt whose response was lost: same content counts as success.
            var existing = await ExistingHashAsync(blob, cancellationToken);
            return existing == hashed.Sha256
                ? CreateOutcome.AlreadyExists
                : throw new StorageConflictException(
                    $"{container}/{name} already exists with other content (sha256 {existing ?? "unknown"}, not {hashed.Sha256}) in {Description}.", ex);
        }
    }

    /// <inheritdoc />
    public async Task<string> WriteIfMatchAsync(
        string container, string name, ReadOnlyMemory<byte> content, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var blob = Blob(container, name);
        var conditions = ifMatch is null
            ? new BlobRequestConditions { IfNoneMatch = ETag.All }
            : new BlobRequestConditions { IfMatch = new ETag(ifMatch) };
        try
        {
            BlobContentInfo info = await blob.UploadAsync(
                BinaryData.FromBytes(content), UploadOptions(name, ContentHash.Of(content.Span), conditions), cancellationToken);
            return Tag(info.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 404 && ex.ErrorCode != "ContainerNotFound"))
        {
            var expected = ifMatch is null ? "no blob" : $"ETag {ifMatch}";
            throw new StorageConflictException($"{container}/{name} changed in {Description}: expected {expected} ({ex.ErrorCode}).", ex);
        }
    }

    /// <inheritdoc />
    public async Task WriteAsync(string container, string name, Stream content, CancellationToken cancellationToken = default)
    {
        var blob = Blob(container, name);
        await using var hashed = await HashedContent.PrepareAsync(content, cancellationToken);

        // Put Blob and Put Block List replace the blob in one step: readers see the old or the new version.
        await blob.UploadAsync(hashed.Stream, UploadOptions(name, hashed.Sha256, conditions: null), cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A server-side Copy Blob within the account, awaited until it completes; the copy takes the source's
    /// metadata, so its recorded SHA-256 too. Authorised by the store's own credential (same account).
    /// </remarks>
    public async Task<bool> CopyAsync(string container, string sourceName, string targetName, CancellationToken cancellationToken = default)
    {
        var source = Blob(container, sourceName);
        var target = Blob(container, targetName);
        try
        {
            var copy = await target.StartCopyFromUriAsync(source.Uri, new BlobCopyFromUriOptions(), cancellationToken);
            await copy.WaitForCompletionAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode is "BlobNotFound" or "CannotVerifyCopySource")
        {
            return false;
        }

        BlobProperties properties = await target.GetPropertiesAsync(cancellationToken: cancellationToken);
        return properties.CopyStatus == CopyStatus.Success
            ? true
            : throw new IOException(
                $"Copying {container}/{sourceName} to {targetName} in {Description} ended {properties.CopyStatus}: {properties.CopyStatusDescription}");
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var blob = Blob(container, name);
        try
        {
            await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No container, so no blob: deleting is idempotent.
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The lock is a lease of <see cref="AzureBlobStoreOptions.LockLeaseDuration"/> on the blob
    /// <c>system/locks/{lockName}</c> (created when missing), renewed in the background and released on dispose.
    /// </remarks>
    public async Task<IDistributedLock> AcquireLockAsync(string lockName, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateName(lockName, nameof(lockName));
        var blob = Blob(Containers.System, "locks/" + lockName);
        return await BlobLeaseLock.AcquireAsync(blob, lockName, Description, wait, _options, _logger, cancellationToken);
    }

    /// <summary>
    /// ETags in their quoted header form: blob properties carry the quotes, list results do not, and
    /// callers compare ETags as strings.
    /// </summary>
    private static string Tag(ETag etag)
    {
        var value = etag.ToString();
        return value.StartsWith('"') || value.StartsWith("W/", StringComparison.Ordinal) ? value : $"\"{value}\"";
    }

    private static string? RecordedHash(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(ContentHash.MetadataKey, out var sha256) ? sha256 : null;

    private BlobUploadOptions UploadOptions(string name, string sha256, BlobRequestConditions? conditions) => new()
    {
        Conditions = conditions,
        TransferOptions = _options.UploadTransfer,
        Metadata = new Dictionary<string, string> { [ContentHash.MetadataKey] = sha256 },
        HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.For(name) },
    };

    /// <summary>The SHA-256 of an existing blob: recorded, or computed for blobs other clients wrote; null if it is gone.</summary>
    private static async Task<string?> ExistingHashAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            if (RecordedHash(properties.Metadata) is { } recorded)
            {
                return recorded;
            }

            BlobDownloadStreamingResult download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var stream = download.Content;
            return await ContentHash.OfAsync(stream, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private BlobContainerClient Container(string container)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidateContainer(_options.ContainerPrefix + container, nameof(container));
        return _client.GetBlobContainerClient(_options.ContainerPrefix + container);
    }

    private BlobClient Blob(string container, string name)
    {
        var containerClient = Container(container);
        BlobNames.ValidateName(name);
        return containerClient.GetBlobClient(name);
    }
}
