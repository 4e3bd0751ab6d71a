using System.Globalization;

namespace Regioscan.Bench.Measuring;

/// <summary>A process's processor time and peak memory as Linux reports them in <c>/proc/&lt;pid&gt;/</c>.</summary>
internal static class ProcFs
{
    /// <summary>Clock ticks per second of /proc/&lt;pid&gt;/stat's times: USER_HZ, 100 on Linux whatever the kernel's own tick.</summary>
    public const double UserHz = 100;

    /// <summary>utime + stime in clock ticks (fields 14 and 15), or 0 when the process is gone (or this is not Linux).</summary>
    public static long ProcessorTicks(int pid)
    {
        try
        {
            // The command name (field 2) is in parentheses and may hold spaces: count the fields after its last ')'.
            var stat = File.ReadAllText(Path(pid, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Exited between the check and the read.
            return 0;
        }
    }

    /// <summary>VmHWM (peak resident set) in bytes, or 0 when the process is gone (or this is not Linux).</summary>
    public static long PeakBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines(Path(pid, "status")))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kib = line.AsSpan("VmHWM:".Length).Trim().TrimEnd("kB").Trim();
                    return long.Parse(kib, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Exited between the check and the read.
        }

        return 0;
    }

    private static string Path(int pid, string file) => "/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/" + file;
}
