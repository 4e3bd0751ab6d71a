using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace Regioscan.Storage.Tests.Support;

/// <summary>
/// How much of a file the kernel holds in its page cache (Linux <c>mincore</c> over a read-only mapping of it, which
/// neither reads the file nor brings its pages in).
/// </summary>
internal static partial class PageResidency
{
    /// <summary>The share (0–1) of the pages of bytes [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="length"/>) of <paramref name="path"/> that are cached.</summary>
    public static double Of(string path, long offset, long length)
    {
        var page = Environment.SystemPageSize;
        using var map = MemoryMappedFile.CreateFromFile(
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete),
            null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        using var view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        var start = view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)(offset / page * page);
        var pages = (int)((length + page - 1) / page);
        var vector = new byte[pages];
        if (Mincore(start, (nuint)pages * (nuint)page, vector) != 0)
        {
            throw new IOException($"mincore failed for {path}: errno {Marshal.GetLastPInvokeError()}.");
        }

        return vector.Count(b => (b & 1) != 0) / (double)pages;
    }

    [LibraryImport("libc", EntryPoint = "mincore", SetLastError = true)]
    private static partial int Mincore(nint address, nuint length, [Out] byte[] vector);
}
