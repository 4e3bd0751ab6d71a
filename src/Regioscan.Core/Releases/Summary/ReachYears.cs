using Regioscan.Core.Model;
using Regioscan.Core.Releases.Writers;

namespace Regioscan.Core.Releases.Summary;

/// <summary>The first and last reach year of a release's activities, gathered as they stream past.</summary>
internal sealed class ReachYears : IRowSink<Activity>
{
    private int? _first;
    private int? _last;

    /// <summary>The years, or null when no activity has one.</summary>
    public (int First, int Last)? Range => _first is { } first && _last is { } last ? (first, last) : null;

    /// <inheritdoc />
    public ValueTask AddAsync(Activity row, CancellationToken cancellationToken)
    {
        if (row.ReachYear is { } year)
        {
            _first = Math.Min(_first ?? year, year);
            _last = Math.Max(_last ?? year, year);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
