namespace Regioscan.Core.Storage;

/// <summary>
/// Temporary, seekable streams for work that must read its input twice (hash, then validate) or spool a
/// release file before storing it. Hosts provide temp files; disposing the stream deletes it.
/// </summary>
public interface IScratchSpace
{
    /// <summary>Creates an empty read/write stream that is deleted when disposed.</summary>
    Stream Create();

    /// <summary>
    /// Creates a scratch stream for a file that is to be stored (<see cref="IBlobStore.CreateFromScratchAsync"/>): a
    /// space whose files become the store's own (a local store's scratch folder) may send its bytes to disk while it
    /// is written, so that storing it does not wait for all of them at the end. Otherwise the same as <see cref="Create"/>.
    /// </summary>
    Stream CreateForStore() => Create();
}
