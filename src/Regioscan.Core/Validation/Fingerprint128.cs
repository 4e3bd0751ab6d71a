namespace Regioscan.Core.Validation;

/// <summary>
/// A 128-bit fingerprint held as two 64-bit halves, for the dictionaries intake keeps per row (duplicate rows, duplicate
/// activities). <see cref="UInt128"/> is 16-byte aligned, which pads a dictionary entry keyed by it to 48 bytes; with
/// this key an entry is 32 bytes.
/// </summary>
internal readonly struct Fingerprint128 : IEquatable<Fingerprint128>
{
    private readonly ulong _low;
    private readonly ulong _high;

    /// <summary>Takes the halves of <paramref name="value"/>.</summary>
    public Fingerprint128(UInt128 value)
    {
        _low = (ulong)value;
        _high = (ulong)(value >> 64);
    }

    public static bool operator ==(Fingerprint128 left, Fingerprint128 right) => left.Equals(right);

    public static bool operator !=(Fingerprint128 left, Fingerprint128 right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Fingerprint128 other) => _low == other._low && _high == other._high;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fingerprint128 other && Equals(other);

    /// <summary>The low bits of the low half: a hash's bits are evenly spread already.</summary>
    public override int GetHashCode() => (int)_low;
}
