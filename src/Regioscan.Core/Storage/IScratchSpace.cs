namespace Regioscan.Core.Storage;

/// <summary>
/// Temporary, seekable streams for work that must read its input twice (hash, then validate) or spool a
/// release file before storing it. Hosts provide temp files; disposing the stream deletes it.
/// </summary>
public interface IScratchSpace
{
    /// <summary>Creates an empty read/write stream that is deleted when disposed.</summary>
    Stream Create();
}
