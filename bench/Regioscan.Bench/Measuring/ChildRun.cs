namespace Regioscan.Bench.Measuring;

/// <summary>A finished child process: exit code, wall time from start to exit, its own peak resident memory, its output.</summary>
internal sealed record ChildRun(int ExitCode, TimeSpan Wall, long PeakBytes, string Output, string Error)
{
    public double Seconds => Wall.TotalSeconds;

    /// <summary>Processor time, user and system, of all its threads.</summary>
    public double ProcessorSeconds { get; init; }

    /// <summary>Both outputs' lines, in the order they arrived, each with the time since the start.</summary>
    public IReadOnlyList<TimedLine> Lines { get; init; } = [];

    /// <summary>When the first line starting with <paramref name="start"/> (after leading spaces) arrived, or null.</summary>
    public TimeSpan? LineAt(string start) => Lines.FirstOrDefault(l => l.StartsWith(start))?.At;

    public double PeakMib => PeakBytes / 1048576.0;

    /// <summary>Throws with the child's output unless it exited with 0.</summary>
    public ChildRun EnsureSuccess(string what) => ExitCode == 0
        ? this
        : throw new InvalidOperationException($"{what} exited with {ExitCode}.\n--- stdout ---\n{Tail(Output)}\n--- stderr ---\n{Tail(Error)}");

    /// <summary>The start (the error message) and the end of a long output.</summary>
    private static string Tail(string text) => text.Length <= 6000 ? text : text[..3000] + "\n…\n" + text[^3000..];
}

/// <summary>A line of a child's output and when it arrived, counted from the start.</summary>
internal sealed record TimedLine(TimeSpan At, string Text)
{
    /// <summary>Whether the line starts with <paramref name="start"/>, after leading spaces.</summary>
    public bool StartsWith(string start) => Text.TrimStart().StartsWith(start, StringComparison.Ordinal);
}
