using System.Buffers.Binary;

namespace Regioscan.Core.Reading;

/// <summary>
/// Tells a password-protected workbook from an old .xls: both are OLE2 compound files (D0 CF 11 E0), but
/// Office stores an encrypted workbook as the streams <c>EncryptionInfo</c> and <c>EncryptedPackage</c>.
/// Their names are in the compound file's directory, whose first sector the header points to.
/// </summary>
internal static class CompoundFile
{
    private static readonly byte[] EncryptedPackage = "EncryptedPackage"u8.ToArray().SelectMany(b => new[] { b, (byte)0 }).ToArray();

    /// <summary>Whether the compound file starting with <paramref name="prefix"/> holds an encrypted package.</summary>
    /// <param name="prefix">The first bytes of the file, at least its 512-byte header.</param>
    /// <param name="rest">The bytes after <paramref name="prefix"/>, read forward to the directory when it lies beyond it.</param>
    public static bool IsEncryptedPackage(ReadOnlySpan<byte> prefix, Stream rest)
    {
        if (prefix.IndexOf(EncryptedPackage) >= 0)
        {
            return true;
        }

        if (prefix.Length < 512)
        {
            return false;
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(prefix[0x1E..]);
        var directorySector = BinaryPrimitives.ReadUInt32LittleEndian(prefix[0x30..]);
        if (sectorShift is not (9 or 12) || directorySector >= 0xFFFFFFFA)
        {
            return false;
        }

        var sectorSize = 1 << sectorShift;
        var offset = (directorySector + 1L) * sectorSize;
        if (offset + sectorSize <= prefix.Length)
        {
            return false;
        }

        // Skip to the directory sector; the stream is bounded by the upload's size limit.
        var skip = offset - prefix.Length;
        var buffer = new byte[Math.Max(sectorSize, 64 * 1024)];
        while (skip > 0)
        {
            var n = rest.Read(buffer, 0, (int)Math.Min(skip, buffer.Length));
            if (n == 0)
            {
                return false;
            }

            skip -= n;
        }

        var read = rest.ReadAtLeast(buffer.AsSpan(0, sectorSize), sectorSize, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).IndexOf(EncryptedPackage) >= 0;
    }
}
