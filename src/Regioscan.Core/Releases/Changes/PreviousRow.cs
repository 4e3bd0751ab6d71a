namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// A row of the previous release as the change tracker meets it: its id and, when it comes from a staged
/// line, that line's fingerprint. The row itself is made only when asked for (a changed or removed
/// record), and only while the sequence that gave it has not moved on.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class PreviousRow<TRow>
{
    // The line and its parser rather than a closure over them: one object per previous row instead of three.
    private Func<ReadOnlyMemory<byte>, int, TRow>? _parse;
    private ReadOnlyMemory<byte> _line;
    private readonly int _number;
    private TRow? _row;

    private PreviousRow(string id, UInt128? fingerprint, Func<ReadOnlyMemory<byte>, int, TRow>? parse, ReadOnlyMemory<byte> line, int number, TRow? row)
    {
        Id = id;
        Fingerprint = fingerprint;
        _parse = parse;
        _line = line;
        _number = number;
        _row = row;
    }

    /// <summary>The row's id.</summary>
    public string Id { get; }

    /// <summary>The fingerprint of the staged line, or null for a row held in memory.</summary>
    public UInt128? Fingerprint { get; }

    /// <summary>The row, made on first use.</summary>
    public TRow Row
    {
        get
        {
            if (_parse is { } parse)
            {
                _row = parse(_line, _number);
                _parse = null;
                _line = default;
            }

            return _row!;
        }
    }

    /// <summary>A row already in memory.</summary>
    public static PreviousRow<TRow> Of(string id, TRow row) => new(id, null, null, default, 0, row);

    /// <summary>
    /// A row still in its staged line: <paramref name="parse"/> makes it from <paramref name="line"/> (line
    /// <paramref name="number"/> of its file) when it is asked for.
    /// </summary>
    public static PreviousRow<TRow> Staged(
        string id, UInt128 fingerprint, Func<ReadOnlyMemory<byte>, int, TRow> parse, ReadOnlyMemory<byte> line, int number) =>
        new(id, fingerprint, parse, line, number, default);
}
