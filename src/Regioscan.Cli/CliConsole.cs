namespace Regioscan.Cli;

/// <summary>The output and error writers of one CLI invocation (tests pass string writers).</summary>
/// <param name="Out">Standard output: results, and nothing else with <c>--json</c>.</param>
/// <param name="Error">Standard error: progress, warnings and error messages.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
