namespace Regioscan.Core.Storage;

/// <summary>
/// A held lock (a lease on a blob, or an exclusively opened file). It is renewed in the background
/// while held; <see cref="Lost"/> fires if renewal fails, so long work can stop before another holder starts.
/// </summary>
public interface IDistributedLock : IAsyncDisposable
{
    /// <summary>Cancelled when the lock could not be kept.</summary>
    CancellationToken Lost { get; }
}
