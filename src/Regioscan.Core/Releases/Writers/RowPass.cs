namespace Regioscan.Core.Releases.Writers;

/// <summary>One pass over a table's rows that feeds every sink, row by row.</summary>
internal static class RowPass
{
    /// <summary>Feeds every row to every sink, then completes the sinks; returns the number of rows.</summary>
    public static async Task<long> RunAsync<TRow>(
        IAsyncEnumerable<TRow> rows, IReadOnlyList<IRowSink<TRow>> sinks, CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < sinks.Count; i++)
            {
                await sinks[i].AddAsync(row, cancellationToken);
            }

            count++;
        }

        foreach (var sink in sinks)
        {
            await sink.CompleteAsync(cancellationToken);
        }

        return count;
    }
}
