namespace Regioscan.Core.Reading;

/// <summary>Opens an upload: sniffs what it is and, for CSV, its encoding, separator and line endings.</summary>
public static class ScanFileReader
{
    private const int SniffBytes = 64 * 1024;

    /// <summary>Opens <paramref name="content"/>; it is read forward only and needs not be seekable.</summary>
    /// <param name="content">The upload, read from its current position; the caller keeps it and disposes it.</param>
    /// <param name="maxFileBytes">Reading stops with <see cref="ScanReadFailure.TooLarge"/> past this many bytes.</param>
    /// <param name="maxRecordBytes">The largest row, in bytes, that is buffered whole.</param>
    /// <exception cref="ScanReadException">The upload is larger than <paramref name="maxFileBytes"/>.</exception>
    public static ScanFile Open(Stream content, long maxFileBytes, int maxRecordBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Length - content.Position > maxFileBytes)
        {
            throw new ScanReadException(
                ScanReadFailure.TooLarge, $"The file is larger than the limit of {Bytes.Describe(maxFileBytes)}.");
        }

        var limited = new ByteLimitStream(content, maxFileBytes);
        var prefix = new byte[SniffBytes];
        var length = limited.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        var kind = FileSignature.Inspect(prefix.AsSpan(0, length));
        if (kind != FileKind.Text)
        {
            return new ScanFile(kind, null);
        }

        var text = new TextDecodingStream(limited, prefix, length, sourceEnded: length < prefix.Length);
        var dialect = CsvDialect.Sniff(text.PeekText(SniffBytes));
        return new ScanFile(kind, new CsvRowSource(text, dialect, maxRecordBytes));
    }
}
