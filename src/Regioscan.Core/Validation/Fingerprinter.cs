using System.IO.Hashing;
using System.Text;

namespace Regioscan.Core.Validation;

/// <summary>
/// 128-bit fingerprints of rows and ids, so duplicate checks keep 16 bytes per row instead of the row.
/// XXH128 makes a false duplicate practically impossible even at millions of rows (one in 2^64 at four
/// billion rows). It is not cryptographic, and need not be: a crafted collision could only make a
/// province's own upload report a duplicate it does not have.
/// </summary>
internal sealed class Fingerprinter : IDisposable
{
    // The row's text is gathered and hashed in one call. SHA-256 through the platform's crypto library cost
    // microseconds per call, a third of the validation time; XXH128 is managed code and hashes at memory speed.
    private byte[] _buffer = new byte[4096];
    private int _length;

    public void Append(ReadOnlySpan<char> text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        if (_length + max > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + max));
        }

        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
        _buffer[_length++] = 0x1F;
    }

    public Fingerprint128 Finish()
    {
        var fingerprint = new Fingerprint128(XxHash128.HashToUInt128(_buffer.AsSpan(0, _length)));
        _length = 0;
        return fingerprint;
    }

    public void Dispose()
    {
        // Nothing native is held any more; kept so the validation run's lifetime stays explicit.
    }
}
