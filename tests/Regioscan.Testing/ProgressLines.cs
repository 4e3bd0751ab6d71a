namespace Regioscan.Testing;

/// <summary>
/// Collects progress lines in the order they are reported, on the reporting thread (<see cref="Progress{T}"/> would post
/// them to the thread pool). Safe to report from more than one thread, as a publish does (its two tables are written at
/// once).
/// </summary>
public sealed class ProgressLines : IProgress<string>
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];

    /// <summary>The lines so far.</summary>
    public List<string> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <inheritdoc />
    public void Report(string value)
    {
        lock (_gate)
        {
            _lines.Add(value);
        }
    }
}
