using Regioscan.Core.Storage;

namespace Regioscan.Storage;

/// <summary>Scratch streams backed by temporary files that are deleted when the stream is closed (or the process dies).</summary>
public sealed class TempFileScratchSpace : IScratchSpace
{
    private readonly string _folder;

    /// <summary>Creates scratch space in <paramref name="folder"/> (default: the system temp folder).</summary>
    public TempFileScratchSpace(string? folder = null)
    {
        _folder = folder ?? Path.GetTempPath();
        Directory.CreateDirectory(_folder);
    }

    /// <inheritdoc />
    public Stream Create() => new FileStream(
        Path.Combine(_folder, "regioscan-" + Guid.NewGuid().ToString("N") + ".tmp"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        bufferSize: 81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
