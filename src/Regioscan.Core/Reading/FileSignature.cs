using System.Buffers.Binary;
using System.IO.Compression;

namespace Regioscan.Core.Reading;

/// <summary>Tells text from workbooks, archives and other binary files by their first bytes.</summary>
internal static class FileSignature
{
    public static FileKind Inspect(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("PK\u0003\u0004"u8) || start.StartsWith("PK\u0005\u0006"u8))
        {
            // An OpenDocument file starts with its entry "mimetype", stored unpacked; looked at first, as its packed
            // entries may hold the bytes "xl/" by chance. An Excel workbook names its parts early: [Content_Types].xml and the xl/ folder.
            return IsOpenDocumentSpreadsheet(start) ? FileKind.OpenDocumentSpreadsheet
                : start.IndexOf("[Content_Types].xml"u8) >= 0 || start.IndexOf("xl/"u8) >= 0 ? FileKind.Xlsx
                : FileKind.Zip;
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return FileKind.Xls;
        }

        if (start.StartsWith("%PDF"u8))
        {
            return FileKind.Pdf;
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return IsBlank(start[2..]) ? FileKind.Empty : FileKind.Text;
        }

        var text = start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? start[3..] : start;
        if (IsBlank(text))
        {
            return FileKind.Empty;
        }

        return LooksBinary(text) ? FileKind.Binary : FileKind.Text;
    }

    /// <summary>
    /// Whether a ZIP archive whose first bytes did not tell (see <see cref="Inspect"/>) holds the parts of an Excel workbook
    /// all the same, by the entries its directory lists: <c>[Content_Types].xml</c> or any under <c>xl/</c>, as in the first bytes.
    /// </summary>
    /// <param name="archive">The archive, seekable and starting at position 0; left open at an undefined position.</param>
    public static bool HoldsWorkbookParts(Stream archive)
    {
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName is "[Content_Types].xml" || entry.FullName.StartsWith("xl/", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
        catch (InvalidDataException)
        {
            // Damaged or cut short: the first bytes' judgement, a ZIP archive, stands.
            return false;
        }
    }

    /// <summary>
    /// Whether a ZIP archive's first entry is the OpenDocument <c>mimetype</c> of a spreadsheet (or its template): after the
    /// local header of 30 bytes come the entry's name and extra field, whose lengths it gives, then the text itself, unpacked.
    /// </summary>
    private static bool IsOpenDocumentSpreadsheet(ReadOnlySpan<byte> start)
    {
        const int NameAt = 30;
        if (start.Length < NameAt)
        {
            return false;
        }

        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(start[26..]);
        var dataAt = NameAt + nameLength + BinaryPrimitives.ReadUInt16LittleEndian(start[28..]);
        return start.Length > dataAt
            && start.Slice(NameAt, nameLength).SequenceEqual("mimetype"u8)
            && start[dataAt..].StartsWith("application/vnd.oasis.opendocument.spreadsheet"u8);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>NUL bytes, or more than 1 in 100 bytes being control characters that text does not use.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f'))
            {
                controls++;
            }
        }

        return controls * 100 > bytes.Length;
    }
}
