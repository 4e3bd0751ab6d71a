using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Storage;

namespace Regioscan.Storage.Azure;

/// <summary>
/// A lock held as a lease on a blob. The lease is short (a dead holder blocks others only briefly) and is
/// renewed in the background; if a renewal fails or cannot finish before the lease would expire,
/// <see cref="Lost"/> is cancelled so the holder stops before someone else takes over.
/// </summary>
internal sealed class BlobLeaseLock : IDistributedLock
{
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(10);

    // Renewal must be done this long before the lease runs out to count: clocks and networks are not exact.
    private static readonly TimeSpan ExpirySafety = TimeSpan.FromSeconds(2);

    private readonly BlobLeaseClient _lease;
    private readonly string _lockName;
    private readonly string _store;
    private readonly TimeSpan _duration;
    private readonly TimeSpan _renewInterval;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _renewal = Task.CompletedTask;
    private int _disposed;

    private BlobLeaseLock(BlobLeaseClient lease, string lockName, string store, AzureBlobStoreOptions options, ILogger logger)
    {
        _lease = lease;
        _lockName = lockName;
        _store = store;
        _duration = options.LockLeaseDuration;
        _renewInterval = options.EffectiveRenewInterval;
        _logger = logger;
    }

    public CancellationToken Lost => _lost.Token;

    /// <summary>Takes the lease, polling with backoff while another holder has it (409 LeaseAlreadyPresent).</summary>
    public static async Task<BlobLeaseLock> AcquireAsync(
        BlobClient blob, string lockName, string store, TimeSpan wait, AzureBlobStoreOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var backoff = new Backoff(wait, options.LockPollInterval, TimeSpan.FromSeconds(2));
        var lease = blob.GetBlobLeaseClient(Guid.NewGuid().ToString());
        await EnsureLockBlobAsync(blob, cancellationToken);
        RequestFailedException? last;
        do
        {
            try
            {
                var acquiredAt = Stopwatch.GetTimestamp();
                await lease.AcquireAsync(options.LockLeaseDuration, cancellationToken: cancellationToken);
                var held = new BlobLeaseLock(lease, lockName, store, options, logger);
                held._renewal = held.RenewAsync(acquiredAt);
                AzureLog.LockAcquired(logger, lockName, store, lease.LeaseId);
                return held;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                last = ex;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // The lock blob was deleted between our check and the lease: put it back and try again.
                last = ex;
                await EnsureLockBlobAsync(blob, cancellationToken);
            }
        }
        while (await backoff.DelayAsync(cancellationToken));

        throw new TimeoutException(
            $"The lock '{lockName}' ({blob.BlobContainerName}/{blob.Name} in {store}) is leased by another process; gave up after " +
            $"{backoff.Elapsed.TotalSeconds:0.#} s. Let the other run finish and try again; if that process died, its lease " +
            $"expires within {options.LockLeaseDuration.TotalSeconds:0} s.",
            last);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        await _renewal;
        _stop.Dispose();
        if (_lost.IsCancellationRequested)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(ReleaseTimeout);
            await _lease.ReleaseAsync(cancellationToken: timeout.Token);
            AzureLog.LockReleased(_logger, _lockName, _store);
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException)
        {
            AzureLog.LockReleaseFailed(_logger, _lockName, _store, ex);
        }
    }

    private static async Task EnsureLockBlobAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // It exists (perhaps just created by a rival, perhaps leased): exactly what we need.
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == "ContainerNotFound")
        {
            await blob.GetParentBlobContainerClient().CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await EnsureLockBlobAsync(blob, cancellationToken);
        }
    }

    private async Task RenewAsync(long lastRenewedAt)
    {
        // Leave the acquiring caller's synchronous path before the first delay.
        await Task.Yield();
        while (true)
        {
            try
            {
                await Task.Delay(_renewInterval, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            // The SDK retries transient faults itself; this only bounds the whole renewal by the lease's expiry.
            var left = _duration - Stopwatch.GetElapsedTime(lastRenewedAt) - ExpirySafety;
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            attempt.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            var sentAt = Stopwatch.GetTimestamp();
            try
            {
                await _lease.RenewAsync(cancellationToken: attempt.Token);
                lastRenewedAt = sentAt;
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException)
            {
                AzureLog.LockLost(_logger, _lockName, _store, ex);
                await _lost.CancelAsync();
                return;
            }
        }
    }
}
