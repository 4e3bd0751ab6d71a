namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// A row of the previous release as the change tracker meets it: its id and, when it comes from a staged
/// line, that line's fingerprint. The row itself is made only when asked for (a changed or removed
/// record), and only while the sequence that gave it has not moved on.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class PreviousRow<TRow>
{
    private Func<TRow>? _make;
    private TRow? _row;

    private PreviousRow(string id, UInt128? fingerprint, Func<TRow>? make, TRow? row)
    {
        Id = id;
        Fingerprint = fingerprint;
        _make = make;
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
            if (_make is { } make)
            {
                _row = make();
                _make = null;
            }

            return _row!;
        }
    }

    /// <summary>A row already in memory.</summary>
    public static PreviousRow<TRow> Of(string id, TRow row) => new(id, null, null, row);

    /// <summary>A row still in its staged line.</summary>
    public static PreviousRow<TRow> Staged(string id, UInt128 fingerprint, Func<TRow> make) => new(id, fingerprint, make, default);
}
