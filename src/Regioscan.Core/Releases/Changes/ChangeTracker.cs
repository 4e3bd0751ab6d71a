using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// The change log of one table, computed while the new release's rows stream past: a merge of two
/// id-ordered inputs, the previous release's rows (pulled as needed) and the new ones (pushed). Each change
/// goes to the caller as it is found (a publish spools them), so the tracker holds neither table nor changes.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class ChangeTracker<TRow> : IRowSink<TRow>, IAsyncDisposable
{
    private readonly IAsyncEnumerable<PreviousRow<TRow>> _before;
    private readonly TableKeys<TRow> _keys;
    private readonly Func<TRow, bool> _compared;
    private readonly Action<RecordChange> _found;
    private readonly LineFingerprint? _fingerprints;
    private IAsyncEnumerator<PreviousRow<TRow>>? _previous;
    private bool _hasPrevious;
    private string? _lastBefore;
    private string? _lastAfter;

    /// <param name="before">The previous release's rows, ordered by id (empty for a first release).</param>
    /// <param name="keys">The table's columns and the id, province and name of a row.</param>
    /// <param name="found">Takes each change, in id order.</param>
    /// <param name="compared">
    /// Whether a new row takes part; rows left out must be left out of <paramref name="before"/> too (a province
    /// whose scan did not change).
    /// </param>
    public ChangeTracker(IAsyncEnumerable<TRow> before, TableKeys<TRow> keys, Action<RecordChange> found, Func<TRow, bool>? compared = null)
        : this(before.Select(row => PreviousRow<TRow>.Of(keys.Id(row), row)), keys, found, compared, null)
    {
    }

    /// <param name="before">The previous release's rows as read from their staged lines, ordered by id.</param>
    /// <param name="keys">The table's columns and the id, province and name of a row.</param>
    /// <param name="found">Takes each change, in id order.</param>
    /// <param name="compared">Whether a new row takes part (see the other constructor).</param>
    /// <param name="fingerprints">
    /// The line fingerprint of each new row, set by its reader: a row whose line equals the previous one is unchanged
    /// and its previous row is never made.
    /// </param>
    public ChangeTracker(
        IAsyncEnumerable<PreviousRow<TRow>> before, TableKeys<TRow> keys, Action<RecordChange> found, Func<TRow, bool>? compared,
        LineFingerprint? fingerprints)
    {
        _before = before;
        _keys = keys;
        _found = found;
        _compared = compared ?? (_ => true);
        _fingerprints = fingerprints;
    }

    /// <inheritdoc />
    public async ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        if (!_compared(row))
        {
            return;
        }

        var id = _keys.Id(row);
        _lastAfter = InOrder(_lastAfter, id, "new");
        await StartAsync(cancellationToken);
        while (_hasPrevious && string.CompareOrdinal(_previous!.Current.Id, id) < 0)
        {
            _found(_keys.Change(_previous.Current.Row, ChangeType.Removed, []));
            await MoveAsync();
        }

        if (_hasPrevious && string.Equals(_previous!.Current.Id, id, StringComparison.Ordinal))
        {
            var previous = _previous.Current;
            var sameLine = previous.Fingerprint is { } before && _fingerprints?.TryGet(row, out var now) == true && before == now;
            if (!sameLine)
            {
                var changed = ChangedColumns(previous.Row, row, _keys.Columns);
                if (changed.Count > 0)
                {
                    _found(_keys.Change(row, ChangeType.DataChanged, changed));
                }
            }

            await MoveAsync();
        }
        else
        {
            _found(_keys.Change(row, ChangeType.Added, []));
        }
    }

    /// <summary>Every previous row not seen by now was removed.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken);
        while (_hasPrevious)
        {
            _found(_keys.Change(_previous!.Current.Row, ChangeType.Removed, []));
            await MoveAsync();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _previous?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        if (_previous is null)
        {
            _previous = _before.GetAsyncEnumerator(cancellationToken);
            await MoveAsync();
        }
    }

    private async ValueTask MoveAsync()
    {
        _hasPrevious = await _previous!.MoveNextAsync();
        if (_hasPrevious)
        {
            _lastBefore = InOrder(_lastBefore, _previous.Current.Id, "previous");
        }
    }

    // A merge is only right over ordered inputs; an unordered one is a broken store, not a change.
    private static string InOrder(string? last, string id, string side) =>
        last is null || string.CompareOrdinal(last, id) < 0
            ? id
            : throw new InvalidDataException(
                $"The {side} release's rows are not in id order ('{last}' comes before '{id}'); the staged scans are damaged. Re-ingest the province's file.");

    private static List<ColumnChange> ChangedColumns(TRow old, TRow now, IReadOnlyList<Column<TRow>> columns)
    {
        var changed = new List<ColumnChange>();
        foreach (var column in columns)
        {
            var a = column.Value(old);
            var b = column.Value(now);
            if (!ReleaseDiff.ValuesEqual(a, b))
            {
                changed.Add(new ColumnChange(column.Name, a, b));
            }
        }

        return changed;
    }
}
