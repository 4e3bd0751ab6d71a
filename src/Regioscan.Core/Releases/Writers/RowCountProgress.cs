using System.Globalization;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// A sink that only counts: every <paramref name="every"/> rows it reports how far its table's pass has come, so that a
/// long publish (the tables of a million activities take about 20 s) shows it is moving. A table with fewer rows says
/// nothing. It is the last sink of its table, so a row counts once every output has it.
/// </summary>
/// <param name="table">The table's name as the line shows it (<c>activities</c>).</param>
/// <param name="total">The rows the table will have, from the staged scans' summaries.</param>
/// <param name="every">Rows between two lines.</param>
/// <param name="progress">Receives the lines.</param>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class RowCountProgress<TRow>(string table, long total, long every, IProgress<string> progress) : IRowSink<TRow>
{
    private long _rows;

    /// <inheritdoc />
    public ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        if (++_rows % every == 0)
        {
            progress.Report(string.Create(CultureInfo.InvariantCulture, $"  {table}: {_rows:N0} of {total:N0} rows …"));
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
