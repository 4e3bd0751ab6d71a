namespace Regioscan.Core.Releases.Staging;

/// <summary>
/// The fingerprint of the staged line the current row was read from, handed from the reader to the change
/// tracker of the same pass. A pass gives every row to all its sinks before it reads the next, so one slot
/// is enough; a row that is not the one the slot holds has no fingerprint.
/// </summary>
internal sealed class LineFingerprint
{
    private object? _row;
    private UInt128 _value;

    /// <summary>Records that <paramref name="row"/> was read from a line with fingerprint <paramref name="value"/>.</summary>
    public void Set(object row, UInt128 value) => (_row, _value) = (row, value);

    /// <summary>The fingerprint of <paramref name="row"/>'s line, if it is the row last read.</summary>
    public bool TryGet(object? row, out UInt128 value)
    {
        value = _value;
        return row is not null && ReferenceEquals(row, _row);
    }
}
