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
            // entries may hold the bytes "xl/" by chance. An Excel workbook names its parts early: [Content_Types].xml and the
            // xl/ folder; a Word or PowerPoint document has the same [Content_Types].xml, and word/ or ppt/ instead of xl/.
            // An Office package that names no part of either kind yet, or none at all, is judged by its directory (KindOfArchive).
            return IsOpenDocumentSpreadsheet(start) ? FileKind.OpenDocumentSpreadsheet
                : NamesWorkbookPart(start) ? FileKind.Xlsx
                : start.IndexOf("word/"u8) >= 0 || start.IndexOf("ppt/"u8) >= 0 ? FileKind.OfficeDocument
                : start.IndexOf("[Content_Types].xml"u8) >= 0 ? FileKind.Xlsx
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

    /// <summary>Whether the first bytes of a ZIP archive name a part of an Excel workbook (under <c>xl/</c>).</summary>
    public static bool NamesWorkbookPart(ReadOnlySpan<byte> start) => start.IndexOf("xl/"u8) >= 0;

    /// <summary>
    /// What a ZIP archive whose first bytes did not tell (see <see cref="Inspect"/>) is, by the entries its directory lists:
    /// an Excel workbook when any is under <c>xl/</c> (a workbook's own parts; every Office document has a
    /// <c>[Content_Types].xml</c>), a Word or PowerPoint document when any is under <c>word/</c> or <c>ppt/</c>, else
    /// <paramref name="otherwise"/>. A workbook whose first part is large (a thumbnail stored first) names none of its parts early.
    /// </summary>
    /// <param name="archive">The archive, seekable and starting at position 0; left open at an undefined position.</param>
    /// <param name="otherwise">
    /// What the first bytes made of it, which stands when the directory names neither kind of part or cannot be read: a
    /// damaged workbook, for one, is read as a workbook, so that its damage is told.
    /// </param>
    public static FileKind KindOfArchive(Stream archive, FileKind otherwise)
    {
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            var document = false;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.StartsWith("xl/", StringComparison.Ordinal))
                {
                    return FileKind.Xlsx;
                }

                document |= entry.FullName.StartsWith("word/", StringComparison.Ordinal) || entry.FullName.StartsWith("ppt/", StringComparison.Ordinal);
            }

            return document ? FileKind.OfficeDocument : otherwise;
        }
        catch (InvalidDataException)
        {
            // Damaged or cut short: the first bytes' judgement stands.
            return otherwise;
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
