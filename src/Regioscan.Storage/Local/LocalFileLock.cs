using Regioscan.Core.Storage;

namespace Regioscan.Storage.Local;

/// <summary>
/// A lock held as an exclusively opened file (<see cref="FileShare.None"/>; on Unix .NET takes an
/// advisory <c>flock</c>). The operating system drops it when the process dies, so a crashed holder
/// never leaves a stale lock behind, and there is nothing to renew.
/// </summary>
internal sealed class LocalFileLock : IDistributedLock
{
    private readonly FileStream _handle;

    private LocalFileLock(FileStream handle) => _handle = handle;

    /// <summary>Never cancelled: the handle stays valid for as long as this process holds it.</summary>
    public CancellationToken Lost => CancellationToken.None;

    /// <summary>
    /// Opens <paramref name="path"/> exclusively, polling with backoff for up to <paramref name="wait"/>.
    /// The file is never deleted: deleting a lock file lets a waiter lock the old file while a newcomer
    /// locks a new one.
    /// </summary>
    public static async Task<LocalFileLock> AcquireAsync(
        string path, TimeSpan wait, TimeSpan initialPoll, TimeSpan maxPoll, Func<TimeSpan, string> timeoutMessage, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var backoff = new Backoff(wait, initialPoll, maxPoll);
        IOException? last;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new LocalFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1));
            }
            catch (IOException ex) when (ex is not DirectoryNotFoundException and not PathTooLongException)
            {
                // A sharing violation: someone else holds the file.
                last = ex;
            }
        }
        while (await backoff.DelayAsync(cancellationToken));

        throw new TimeoutException(timeoutMessage(backoff.Elapsed), last);
    }

    public ValueTask DisposeAsync()
    {
        _handle.Dispose();
        return ValueTask.CompletedTask;
    }
}
