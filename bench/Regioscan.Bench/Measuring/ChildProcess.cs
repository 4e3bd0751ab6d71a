using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Regioscan.Bench.Measuring;

/// <summary>
/// Runs a child process and measures it: wall time from just before the start to the moment its exit is
/// seen, and its peak resident set (VmHWM in /proc/&lt;pid&gt;/status, polled every 20 ms; VmHWM only
/// grows, so the last value read is the peak up to 20 ms before the exit). A fresh process per run makes
/// the peak that run's own. Also its processor time (user + system, from /proc/&lt;pid&gt;/stat, polled the same
/// way, so up to 20 ms of it may be missed), and when each line of its output arrived.
/// </summary>
internal static class ChildProcess
{
    private const int PollMilliseconds = 20;

    /// <summary>Clock ticks per second of /proc/&lt;pid&gt;/stat's times: USER_HZ, 100 on Linux whatever the kernel's own tick.</summary>
    private const double UserHz = 100;

    public static ChildRun Run(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var output = new StringBuilder();
        var error = new StringBuilder();
        var lines = new List<TimedLine>();
        var clock = new Stopwatch();
        using var child = new Process { StartInfo = start };
        child.OutputDataReceived += (_, e) => Append(output, lines, clock, e.Data);
        child.ErrorDataReceived += (_, e) => Append(error, lines, clock, e.Data);
        clock.Start();
        child.Start();
        var proc = "/proc/" + child.Id.ToString(CultureInfo.InvariantCulture);
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var peak = 0L;
        var ticks = 0L;
        do
        {
            peak = Math.Max(peak, ReadPeak(proc + "/status"));
            ticks = Math.Max(ticks, ReadProcessorTicks(proc + "/stat"));
        }
        while (!child.WaitForExit(PollMilliseconds));

        clock.Stop();
        child.WaitForExit(); // drains the redirected output
        lock (lines)
        {
            return new ChildRun(child.ExitCode, clock.Elapsed, peak, output.ToString(), error.ToString())
            {
                ProcessorSeconds = ticks / UserHz,
                Lines = [.. lines],
            };
        }
    }

    /// <summary>utime + stime in clock ticks (fields 14 and 15), or 0 when the process is gone (or this is not Linux).</summary>
    private static long ReadProcessorTicks(string statPath)
    {
        try
        {
            // The command name (field 2) is in parentheses and may hold spaces: count the fields after its last ')'.
            var stat = File.ReadAllText(statPath);
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Exited between the check and the read.
            return 0;
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

    private static void Append(StringBuilder text, List<TimedLine> lines, Stopwatch clock, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            text.AppendLine(line);
            lines.Add(new TimedLine(clock.Elapsed, line));
        }
    }
}
