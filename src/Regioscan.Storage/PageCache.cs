using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Regioscan.Storage;

/// <summary>
/// Tells the kernel that a file's bytes already on disk will not be read again soon (POSIX <c>posix_fadvise</c>,
/// <c>POSIX_FADV_DONTNEED</c>), so that it frees their pages in its cache now rather than when memory runs short.
/// </summary>
/// <remarks>
/// Only advice: pages still to be written (dirty) are kept, so nothing is lost, and a later read of a dropped range is
/// served from disk. Where the platform has no such call it does nothing.
/// </remarks>
internal static partial class PageCache
{
    private const int DontNeed = 4;

    /// <summary>Advises the kernel to drop the cached pages of the first <paramref name="length"/> bytes of <paramref name="file"/>.</summary>
    public static void Drop(SafeFileHandle file, long length)
    {
        if (!OperatingSystem.IsLinux() || length <= 0 || file.IsClosed)
        {
            return;
        }

        var added = false;
        try
        {
            file.DangerousAddRef(ref added);
            _ = Fadvise(file.DangerousGetHandle().ToInt32(), 0, length, DontNeed);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or ObjectDisposedException)
        {
            // Advice only.
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int Fadvise(int fd, long offset, long length, int advice);
}
