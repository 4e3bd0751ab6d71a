using Regioscan.Core.Storage;

namespace Regioscan.Storage;

/// <summary>
/// Scratch streams backed by temporary files that are deleted when the stream is closed. A process that is killed
/// cannot close them; such leftovers (<c>regioscan-*.tmp</c> older than a day) are removed when a later process makes
/// its first scratch file in the folder.
/// </summary>
/// <remarks>
/// A local store's scratch space flushes ahead (<see cref="FlushAheadBytes"/>): its files for the store are linked into
/// the store when finished, and the store flushes each to disk before it publishes it. Flushing ahead while they are
/// written lets that wait overlap the work that writes them (a 1M-activity release is 1 GB to flush).
/// </remarks>
public sealed class TempFileScratchSpace : IScratchSpace
{
    private const string Pattern = "regioscan-*.tmp";
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromDays(1);

    /// <summary>The bytes a file for the store is written between two flushes ahead, where the space flushes ahead.</summary>
    public const long FlushAheadBytes = 16L << 20;

    private readonly string _folder;
    private readonly Lazy<string> _ready;
    private readonly long _flushAhead;

    /// <summary>
    /// Creates scratch space in <paramref name="folder"/> (default: the system temp folder). The folder is made, and
    /// cleared of leftovers, when the first scratch file is: commands that only read a store never write to it.
    /// With <paramref name="flushAhead"/>, files made for the store (<see cref="CreateForStore"/>) are flushed to disk
    /// every <paramref name="flushAheadBytes"/> bytes while they are written.
    /// </summary>
    public TempFileScratchSpace(string? folder = null, bool flushAhead = false, long flushAheadBytes = FlushAheadBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(flushAheadBytes, 1);
        _flushAhead = flushAhead ? flushAheadBytes : 0;
        _folder = folder ?? Path.GetTempPath();
        _ready = new Lazy<string>(() =>
        {
            Directory.CreateDirectory(_folder);
            RemoveLeftovers(_folder, DateTime.UtcNow - LeftoverAge);
            return _folder;
        });
    }

    /// <summary>The folder the scratch files are made in.</summary>
    public string Folder => _folder;

    /// <inheritdoc />
    /// <remarks>
    /// Shared for reading, not exclusive: a finished scratch file may become a store's file by a hard link
    /// (<see cref="IBlobStore.CreateFromScratchAsync"/>), and an exclusive lock would follow it there and keep readers out.
    /// </remarks>
    public Stream Create() => new FileStream(
        Path.Combine(_ready.Value, "regioscan-" + Guid.NewGuid().ToString("N") + ".tmp"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.Read,
        bufferSize: 81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <inheritdoc />
    public Stream CreateForStore()
    {
        var file = (FileStream)Create();
        return _flushAhead > 0 ? new FlushAheadFileStream(file, _flushAhead) : file;
    }

    private static void RemoveLeftovers(string folder, DateTime olderThanUtc)
    {
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles(Pattern))
        {
            try
            {
                if (file.LastWriteTimeUtc < olderThanUtc)
                {
                    file.Delete();
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another user's file, or one being removed: not ours to clean up.
            }
        }
    }
}
