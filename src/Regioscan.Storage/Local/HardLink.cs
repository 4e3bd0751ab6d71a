using System.Runtime.InteropServices;

namespace Regioscan.Storage.Local;

/// <summary>A second name for an existing file (POSIX <c>link</c>), where the platform and file system allow one.</summary>
internal static partial class HardLink
{
    /// <summary>Makes <paramref name="link"/> name the file <paramref name="existing"/>; false where that is not possible.</summary>
    public static bool TryCreate(string existing, string link)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string link);
}
