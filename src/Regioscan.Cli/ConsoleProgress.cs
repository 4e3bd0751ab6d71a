namespace Regioscan.Cli;

/// <summary>Progress lines to stderr, in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class ConsoleProgress(TextWriter error) : IProgress<string>
{
    public void Report(string value) => error.WriteLine(value);
}
