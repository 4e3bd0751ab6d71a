using Azure.Storage;

namespace Regioscan.Storage.Azure;

/// <summary>Options of <see cref="AzureBlobStore"/>. The defaults suit production.</summary>
public sealed record AzureBlobStoreOptions
{
    /// <summary>
    /// Put in front of every container name (default empty). Tests give each store a unique prefix
    /// (for example <c>t3f9a1c2-</c>) so that many stores share one emulator without seeing each other.
    /// Lower-case letters, digits and hyphens; the prefixed names must stay within 63 characters.
    /// </summary>
    public string ContainerPrefix { get; init; } = "";

    /// <summary>
    /// Duration of the lease behind <see cref="AzureBlobStore.AcquireLockAsync"/> (default 30 s; Azure allows
    /// 15 to 60 s). A holder that dies leaves the lock blocked for at most this long.
    /// </summary>
    public TimeSpan LockLeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a held lease is renewed (default: a third of <see cref="LockLeaseDuration"/>).</summary>
    public TimeSpan? LockRenewInterval { get; init; }

    /// <summary>First pause between attempts to take a lease someone else holds (default 250 ms, doubling up to 2 s).</summary>
    public TimeSpan LockPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How blobs are uploaded. Default: a blob of up to 256 MiB in one request (Put Blob), streamed from its file; a
    /// larger one in blocks of 8 MiB, one at a time, also streamed. The client library buffers every block it sends in
    /// parallel, so a concurrency above 1 holds that many blocks in memory: with its own defaults, the 301 MB GeoJSON of a
    /// 1M-activity release raised a <c>regioscan process</c>'s resident memory by 27 MiB while it was stored
    /// (<c>docs/performance.md</c>).
    /// </summary>
    public StorageTransferOptions UploadTransfer { get; init; } = new()
    {
        InitialTransferSize = 256L << 20,
        MaximumTransferSize = 8L << 20,
        MaximumConcurrency = 1,
    };

    /// <summary>
    /// How many blobs the pipeline uploads (or copies) at a time when it stores several, such as a release's files (default
    /// 4). Each upload streams from its own file, so this adds connections, not memory.
    /// </summary>
    public int WriteConcurrency { get; init; } = 4;

    internal TimeSpan EffectiveRenewInterval => LockRenewInterval ?? LockLeaseDuration / 3;

    internal void Validate()
    {
        if (ContainerPrefix.Length > 0 && !ContainerPrefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"The container prefix '{ContainerPrefix}' may hold only lower-case letters, digits and hyphens.");
        }

        if (LockLeaseDuration < TimeSpan.FromSeconds(15) || LockLeaseDuration > TimeSpan.FromSeconds(60))
        {
            throw new ArgumentException($"The lock lease duration must be 15 to 60 seconds (Azure's limits), not {LockLeaseDuration}.");
        }

        if (EffectiveRenewInterval <= TimeSpan.Zero || EffectiveRenewInterval >= LockLeaseDuration)
        {
            throw new ArgumentException($"The lock renew interval must be positive and shorter than the lease ({LockLeaseDuration}), not {EffectiveRenewInterval}.");
        }

        if (UploadTransfer.InitialTransferSize is not > 0 || UploadTransfer.MaximumTransferSize is not > 0 || UploadTransfer.MaximumConcurrency is not > 0)
        {
            throw new ArgumentException(
                $"The upload transfer options need a positive initial size, block size and concurrency, not {UploadTransfer.InitialTransferSize}, {UploadTransfer.MaximumTransferSize} and {UploadTransfer.MaximumConcurrency}.");
        }

        if (WriteConcurrency < 1)
        {
            throw new ArgumentException($"The write concurrency must be at least 1, not {WriteConcurrency}.");
        }

        if (LockPollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The lock poll interval must be positive, not {LockPollInterval}.");
        }
    }
}
