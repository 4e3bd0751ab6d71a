using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Regioscan.Bench.Measuring;

/// <summary>
/// Runs a child process and measures it: wall time from just before the start to the moment its exit is
/// seen, and its peak resident set (VmHWM in /proc/&lt;pid&gt;/status, polled every 20 ms; VmHWM only
/// grows, so the last value read is the peak up to 20 ms before the exit). A fresh process per run makes
/// the peak that run's own.
/// </summary>
internal static class ChildProcess
{
    private const int PollMilliseconds = 20;

    public static ChildRun Run(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var child = new Process { StartInfo = start };
        child.OutputDataReceived += (_, e) => Append(output, e.Data);
        child.ErrorDataReceived += (_, e) => Append(error, e.Data);
        var clock = Stopwatch.StartNew();
        child.Start();
        var status = "/proc/" + child.Id.ToString(CultureInfo.InvariantCulture) + "/status";
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var peak = 0L;
        do
        {
            peak = Math.Max(peak, ReadPeak(status));
        }
        while (!child.WaitForExit(PollMilliseconds));

        clock.Stop();
        child.WaitForExit(); // drains the redirected output
        lock (output)
        {
            lock (error)
            {
                return new ChildRun(child.ExitCode, clock.Elapsed, peak, output.ToString(), error.ToString());
            }
        }
    }

    /// <summary>VmHWM in bytes, or 0 when the process is gone (or this is not Linux).</summary>
    private static long ReadPeak(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
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

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }
}
