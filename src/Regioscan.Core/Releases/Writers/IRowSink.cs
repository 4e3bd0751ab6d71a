namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Takes the rows of one table in id order, one at a time, and finishes its output when they end. Every
/// output of a release is a sink, so one pass over the rows feeds all of them and no table is held in memory.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal interface IRowSink<in TRow>
{
    /// <summary>Takes the next row.</summary>
    ValueTask AddAsync(TRow row, CancellationToken cancellationToken);

    /// <summary>Finishes the output after the last row.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
