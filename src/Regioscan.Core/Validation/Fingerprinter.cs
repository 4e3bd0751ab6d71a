using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Regioscan.Core.Validation;

/// <summary>
/// 128-bit fingerprints of rows and ids, so duplicate checks keep 16 bytes per row instead of the row.
/// SHA-256 (truncated) makes a false duplicate practically impossible even at millions of rows.
/// </summary>
internal sealed class Fingerprinter : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[1024];

    /// <summary>Adds one value; values are separated, so ("ab", "c") and ("a", "bc") differ.</summary>
    public void Append(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max > _buffer.Length)
        {
            _buffer = new byte[max];
        }

        var n = Encoding.UTF8.GetBytes(text, _buffer);
        _hash.AppendData(_buffer, 0, n);
        _hash.AppendData([0x1F]);
    }

    /// <summary>The fingerprint of the values appended since the last call.</summary>
    public UInt128 Finish()
    {
        Span<byte> digest = stackalloc byte[32];
        _hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    public void Dispose() => _hash.Dispose();
}
