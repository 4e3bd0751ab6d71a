using System.Diagnostics;
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
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var peak = 0L;
        var ticks = 0L;
        do
        {
            peak = Math.Max(peak, ProcFs.PeakBytes(child.Id));
            ticks = Math.Max(ticks, ProcFs.ProcessorTicks(child.Id));
        }
        while (!child.WaitForExit(PollMilliseconds));

        clock.Stop();
        child.WaitForExit(); // drains the redirected output
        lock (lines)
        {
            return new ChildRun(child.ExitCode, clock.Elapsed, peak, output.ToString(), error.ToString())
            {
                ProcessorSeconds = ticks / ProcFs.UserHz,
                Lines = [.. lines],
            };
        }
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
