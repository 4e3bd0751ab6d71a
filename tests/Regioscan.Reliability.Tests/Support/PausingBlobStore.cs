using Regioscan.Core.Storage;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>
/// A store that runs <c>beforeWrite</c> (given container and name) before every replacing write (conditional or not) and
/// then forwards it: a test holds one process's write back while another process runs.
/// </summary>
internal sealed class PausingBlobStore(IBlobStore inner, Func<string, string, Task> beforeWrite) : IBlobStore
{
    public string Description => inner.Description;

    public int WriteConcurrency => inner.WriteConcurrency;

    public Task EnsureContainersAsync(CancellationToken cancellationToken = default) => inner.EnsureContainersAsync(cancellationToken);

    public Task<StoredBlob?> GetAsync(string container, string name, CancellationToken cancellationToken = default) =>
        inner.GetAsync(container, name, cancellationToken);

    public Task<Stream?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default) =>
        inner.OpenReadAsync(container, name, cancellationToken);

    public Task<VersionedContent?> ReadAsync(string container, string name, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(container, name, cancellationToken);

    public IAsyncEnumerable<StoredBlob> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default) =>
        inner.ListAsync(container, prefix, cancellationToken);

    public IAsyncEnumerable<BlobEntry> ListEntriesAsync(string container, string prefix = "", CancellationToken cancellationToken = default) =>
        inner.ListEntriesAsync(container, prefix, cancellationToken);

    public Task<CreateOutcome> CreateAsync(string container, string name, Stream content, CancellationToken cancellationToken = default) =>
        inner.CreateAsync(container, name, content, cancellationToken);

    public Task<CreateOutcome> CreateFromScratchAsync(string container, string name, Stream content, string sha256, CancellationToken cancellationToken = default) =>
        inner.CreateFromScratchAsync(container, name, content, sha256, cancellationToken);

    public async Task<string> WriteIfMatchAsync(string container, string name, ReadOnlyMemory<byte> content, string? ifMatch, CancellationToken cancellationToken = default)
    {
        await beforeWrite(container, name);
        return await inner.WriteIfMatchAsync(container, name, content, ifMatch, cancellationToken);
    }

    public async Task WriteAsync(string container, string name, Stream content, CancellationToken cancellationToken = default)
    {
        await beforeWrite(container, name);
        await inner.WriteAsync(container, name, content, cancellationToken);
    }

    public Task<bool> CopyAsync(string container, string sourceName, string targetName, CancellationToken cancellationToken = default) =>
        inner.CopyAsync(container, sourceName, targetName, cancellationToken);

    public Task DeleteAsync(string container, string name, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(container, name, cancellationToken);

    public Task<int> RemoveLeftoversAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default) =>
        inner.RemoveLeftoversAsync(minimumAge, cancellationToken);

    public Task<IDistributedLock> AcquireLockAsync(string lockName, TimeSpan wait, CancellationToken cancellationToken = default) =>
        inner.AcquireLockAsync(lockName, wait, cancellationToken);
}
