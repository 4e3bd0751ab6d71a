namespace Regioscan.Core.Reading;

/// <summary>
/// Opens an upload: sniffs what it is and, for CSV, its encoding, separator and line endings; an XLSX
/// workbook is read by <see cref="XlsxRowSource"/>.
/// </summary>
public static class ScanFileReader
{
    private const int SniffBytes = 64 * 1024;

    /// <summary>Opens <paramref name="content"/>; it is read forward only and needs not be seekable.</summary>
    /// <param name="content">The upload, read from its current position; the caller keeps it and disposes it.</param>
    /// <param name="maxFileBytes">
    /// Reading stops with <see cref="ScanReadFailure.TooLarge"/> past this many bytes; it is also the most
    /// an XLSX workbook's parts may unpack to.
    /// </param>
    /// <param name="maxRecordBytes">The largest row, in bytes, that is buffered whole.</param>
    /// <param name="holdsScan">
    /// For a workbook, whether a sheet holds the scan, given its rows from the first; it should read no further
    /// than the header row. Null to read the sheet named <see cref="XlsxRowSource.SheetName"/>, else the first
    /// visible sheet, without looking (see <see cref="XlsxRowSource"/>).
    /// </param>
    /// <remarks>
    /// A ZIP archive can only be read with random access: an XLSX upload is read in place when
    /// <paramref name="content"/> is seekable and starts at position 0, and is otherwise copied into memory
    /// (at most <paramref name="maxFileBytes"/>; workbooks are packed, so a scan's workbook is small). So is
    /// a ZIP archive whose first bytes name no workbook part, whose directory is then looked at.
    /// </remarks>
    /// <exception cref="ScanReadException">The upload is larger than <paramref name="maxFileBytes"/>.</exception>
    public static ScanFile Open(Stream content, long maxFileBytes, int maxRecordBytes, Func<IScanRowSource, bool>? holdsScan = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.CanSeek ? content.Position : -1;
        if (content.CanSeek && content.Length - start > maxFileBytes)
        {
            throw new ScanReadException(
                ScanReadFailure.TooLarge, $"The file is larger than the limit of {Bytes.Describe(maxFileBytes)}.");
        }

        var limited = new ByteLimitStream(content, maxFileBytes);
        var prefix = new byte[SniffBytes];
        var length = limited.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        var kind = FileSignature.Inspect(prefix.AsSpan(0, length));
        switch (kind)
        {
            case FileKind.Text:
                var text = new TextDecodingStream(limited, prefix, length, sourceEnded: length < prefix.Length);
                var dialect = CsvDialect.Sniff(text.PeekText(SniffBytes));
                return new ScanFile(kind, new CsvRowSource(text, dialect, maxRecordBytes));
            case FileKind.Xlsx when FileSignature.NamesWorkbookPart(prefix.AsSpan(0, length)):
                return new ScanFile(kind, Workbook(start == 0 ? content : Copy(prefix, length, limited)));
            case FileKind.Xlsx or FileKind.Zip or FileKind.OfficeDocument:
                // The first bytes named no xl/ part: a workbook whose first part is large (a thumbnail stored first), or a
                // Word document, which has the same [Content_Types].xml. The archive's directory, at its end, tells.
                var archive = start == 0 ? content : Copy(prefix, length, limited);
                var listed = FileSignature.KindOfArchive(archive, otherwise: kind);
                if (listed == FileKind.Xlsx)
                {
                    return new ScanFile(listed, Workbook(archive));
                }

                if (archive != content)
                {
                    archive.Dispose();
                }

                return new ScanFile(listed, null);
            case FileKind.Xls when CompoundFile.IsEncryptedPackage(prefix.AsSpan(0, length), limited):
                return new ScanFile(FileKind.EncryptedWorkbook, null);
            default:
                return new ScanFile(kind, null);
        }

        // The upload itself, or its copy in memory (which the source then owns), read as a workbook.
        XlsxRowSource Workbook(Stream archive)
        {
            archive.Position = 0;
            return new XlsxRowSource(archive, ownsPackage: archive != content, maxFileBytes, holdsScan);
        }
    }

    /// <summary>The upload in memory, for random access: the prefix already read, then the rest.</summary>
    private static MemoryStream Copy(byte[] prefix, int length, Stream rest)
    {
        var copy = new MemoryStream();
        copy.Write(prefix, 0, length);
        rest.CopyTo(copy);
        return copy;
    }
}
