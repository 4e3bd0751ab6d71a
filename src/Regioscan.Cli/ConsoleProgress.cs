namespace Regioscan.Cli;

/// <summary>
/// Progress lines to stderr, in order (Progress&lt;T&gt; would post them to the thread pool). Lines come from more than
/// one thread (uploads ingested side by side, the two tables written at once), and the writer may be a plain
/// <see cref="StringWriter"/> (tests), so one line is written at a time.
/// </summary>
internal sealed class ConsoleProgress(TextWriter error) : IProgress<string>
{
    private readonly Lock _gate = new();

    public void Report(string value)
    {
        lock (_gate)
        {
            error.WriteLine(value);
        }
    }
}
