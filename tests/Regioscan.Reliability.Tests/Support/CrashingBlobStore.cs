using System.Runtime.CompilerServices;
using Regioscan.Core.Storage;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>
/// A store that "crashes" right after its Nth write reached storage (create, conditional write, write or
/// delete): that call and every later one throw <see cref="SimulatedCrashException"/>, as if the process had
/// died with the write done but unacknowledged. With no crash point it only counts and names the writes.
/// </summary>
internal sealed class CrashingBlobStore : IBlobStore
{
    private readonly IBlobStore _inner;
    private readonly int _crashAfter;
    private readonly List<string> _writes = [];
    private bool _crashed;

    public CrashingBlobStore(IBlobStore inner, int crashAfter = int.MaxValue)
    {
        _inner = inner;
        _crashAfter = crashAfter;
    }

    /// <summary>The writes carried out, in order, as <c>operation container/name</c>.</summary>
    public IReadOnlyList<string> Writes => _writes;

    public bool Crashed => _crashed;

    public string Description => _inner.Description;

    public Task EnsureContainersAsync(CancellationToken cancellationToken = default)
    {
        Alive();
        return _inner.EnsureContainersAsync(cancellationToken);
    }

    public Task<StoredBlob?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        Alive();
        return _inner.GetAsync(container, name, cancellationToken);
    }

    public Task<Stream?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        Alive();
        return _inner.OpenReadAsync(container, name, cancellationToken);
    }

    public Task<VersionedContent?> ReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        Alive();
        return _inner.ReadAsync(container, name, cancellationToken);
    }

    public async IAsyncEnumerable<StoredBlob> ListAsync(string container, string prefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Alive();
        await foreach (var blob in _inner.ListAsync(container, prefix, cancellationToken))
        {
            Alive();
            yield return blob;
        }
    }

    public async IAsyncEnumerable<BlobEntry> ListEntriesAsync(string container, string prefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Alive();
        await foreach (var entry in _inner.ListEntriesAsync(container, prefix, cancellationToken))
        {
            Alive();
            yield return entry;
        }
    }

    public async Task<CreateOutcome> CreateAsync(string container, string name, Stream content, CancellationToken cancellationToken = default)
    {
        Alive();
        var outcome = await _inner.CreateAsync(container, name, content, cancellationToken);
        Wrote("create", container, name);
        return outcome;
    }

    public async Task<CreateOutcome> CreateFromScratchAsync(string container, string name, Stream content, string sha256, CancellationToken cancellationToken = default)
    {
        Alive();
        var outcome = await _inner.CreateFromScratchAsync(container, name, content, sha256, cancellationToken);
        Wrote("create", container, name);
        return outcome;
    }

    public async Task<string> WriteIfMatchAsync(string container, string name, ReadOnlyMemory<byte> content, string? ifMatch, CancellationToken cancellationToken = default)
    {
        Alive();
        var etag = await _inner.WriteIfMatchAsync(container, name, content, ifMatch, cancellationToken);
        Wrote("write-if-match", container, name);
        return etag;
    }

    public async Task WriteAsync(string container, string name, Stream content, CancellationToken cancellationToken = default)
    {
        Alive();
        await _inner.WriteAsync(container, name, content, cancellationToken);
        Wrote("write", container, name);
    }

    public async Task<bool> CopyAsync(string container, string sourceName, string targetName, CancellationToken cancellationToken = default)
    {
        Alive();
        var copied = await _inner.CopyAsync(container, sourceName, targetName, cancellationToken);
        Wrote("copy", container, targetName);
        return copied;
    }

    public async Task DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        Alive();
        await _inner.DeleteAsync(container, name, cancellationToken);
        Wrote("delete", container, name);
    }

    public Task<IDistributedLock> AcquireLockAsync(string lockName, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        Alive();
        return _inner.AcquireLockAsync(lockName, wait, cancellationToken);
    }

    private void Alive()
    {
        if (_crashed)
        {
            throw new SimulatedCrashException("The process is dead: no more storage calls.");
        }
    }

    private void Wrote(string operation, string container, string name)
    {
        _writes.Add($"{operation} {container}/{name}");
        if (_writes.Count >= _crashAfter)
        {
            _crashed = true;
            throw new SimulatedCrashException($"Crashed right after write {_writes.Count}: {_writes[^1]}.");
        }
    }
}
