using Regioscan.Testing;
using System.IO.Compression;
using System.Text;
using Regioscan.Core.Reading;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Reading;

public sealed class ScanFileReaderTests
{
    private static readonly Encoding Windows1252 = GetWindows1252();

    [Fact]
    public void Windows_1252_is_recognised_and_transcoded()
    {
        var rows = ReadAll(Windows1252.GetBytes("provincie;gemeente\r\nFryslân;Súdwest-Fryslân\r\n"), out var detected);

        Assert.Equal(["Fryslân", "Súdwest-Fryslân"], rows[1].Cells);
        Assert.Equal("windows-1252", detected.Encoding);
        Assert.Equal("crlf", detected.LineEndings);
    }

    [Fact]
    public void Windows_1252_is_recognised_after_more_ASCII_than_the_sniffed_start()
    {
        var text = new StringBuilder("a;b\n");
        while (text.Length < 200_000)
        {
            text.Append("ascii;only\n");
        }

        text.Append("Fryslân;10–49\n");
        var rows = ReadAll(Windows1252.GetBytes(text.ToString()), out var detected);

        Assert.Equal(["Fryslân", "10–49"], rows[^1].Cells);
        Assert.Equal("windows-1252", detected.Encoding);
    }

    [Fact]
    public void UTF_8_without_a_byte_order_mark_is_recognised()
    {
        var rows = ReadAll(Encoding.UTF8.GetBytes("a,b\nFryslân,Zzp’ers\n"), out var detected);

        Assert.Equal(["Fryslân", "Zzp’ers"], rows[1].Cells);
        Assert.Equal("utf-8", detected.Encoding);
        Assert.Equal(",", detected.Delimiter);
    }

    [Fact]
    public void UTF_8_with_a_byte_order_mark_is_recognised()
    {
        var rows = ReadAll([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a;b\n1;2\n")], out var detected);

        Assert.Equal(["a", "b"], rows[0].Cells);
        Assert.Equal("utf-8-bom", detected.Encoding);
    }

    [Fact]
    public void UTF_16_with_a_byte_order_mark_is_transcoded()
    {
        var rows = ReadAll([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("a\tb\r\nFryslân\t2\r\n")], out var detected);

        Assert.Equal(["Fryslân", "2"], rows[1].Cells);
        Assert.Equal("utf-16le", detected.Encoding);
        Assert.Equal("\t", detected.Delimiter);
    }

    [Fact]
    public void Invalid_UTF_8_in_a_UTF_8_file_reads_as_the_replacement_character()
    {
        var rows = ReadAll([.. Encoding.UTF8.GetBytes("a;b\né;ë\nx;"), 0xC3, 0x28, .. "\n"u8], out var detected);

        Assert.Equal("\uFFFD(", rows[2].Cells[1]);
        Assert.Equal("utf-8", detected.Encoding);
    }

    [Fact]
    public void Blank_lines_count_as_rows_and_a_multi_line_cell_as_one()
    {
        var rows = ReadAll(Encoding.UTF8.GetBytes("a;b\n1;\"two\nlines\"\n\n;;\n3;x\n"), out _);

        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Number));
        Assert.Equal("two\nlines", rows[1].Cells[1]);
        Assert.Equal(["3", "x"], rows[4].Cells);
    }

    [Fact]
    public void Excels_separator_line_sets_the_separator_and_is_no_row()
    {
        var rows = ReadAll(Encoding.UTF8.GetBytes("sep=;\na;b,c\n1;2,3\n"), out var detected);

        Assert.Equal(1, rows[0].Number);
        Assert.Equal(["a", "b,c"], rows[0].Cells);
        Assert.Equal(";", detected.Delimiter);
    }

    [Fact]
    public void Old_Mac_line_endings_separate_rows()
    {
        var rows = ReadAll(Encoding.UTF8.GetBytes("a;b\r1;2\r3;4"), out var detected);

        Assert.Equal(3, rows.Count);
        Assert.Equal("cr", detected.LineEndings);
    }

    [Fact]
    public void A_quote_that_is_never_closed_marks_its_row()
    {
        using var file = ScanFileReader.Open(new MemoryStream(Encoding.UTF8.GetBytes("a;b\n1;\"open\n2;3\n")), 1 << 20, 1 << 20);
        var source = file.Rows!;

        Assert.True(source.ReadRow());
        Assert.Null(source.CurrentRowDefect);
        Assert.True(source.ReadRow());
        Assert.Equal(RowDefect.UnclosedQuote, source.CurrentRowDefect);
        Assert.False(source.ReadRow());
    }

    /// <summary>
    /// Rows 2 and 3 hold cells with line breaks, so row 4 starts on line 7 of the file; its cell that never closes opens
    /// on line 8, after a cell of its own with a line break.
    /// </summary>
    private const string UnclosedAfterLineBreaks =
        "a;b;c\n" +
        "1;\"een\ntwee\ndrie\";x\n" +
        "2;\"vier\nvijf\";y\n" +
        "3;\"zes\nzeven\";\"open\n" +
        "4;5;6\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_quote_never_closed_opens_on_the_line_a_text_editor_shows(string lineBreak)
    {
        var place = PlaceOfUnclosedQuote(Encoding.UTF8.GetBytes(UnclosedAfterLineBreaks.Replace("\n", lineBreak, StringComparison.Ordinal)));

        Assert.Equal((4, 2, 8L), place);
    }

    [Fact]
    public void A_quote_never_closed_opens_on_the_same_line_after_a_byte_order_mark_or_in_Windows_1252()
    {
        var accented = UnclosedAfterLineBreaks.Replace("een", "één", StringComparison.Ordinal);

        Assert.Equal((4, 2, 8L), PlaceOfUnclosedQuote([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(accented)]));
        Assert.Equal((4, 2, 8L), PlaceOfUnclosedQuote(Windows1252.GetBytes(accented)));
    }

    [Fact]
    public void A_quote_never_closed_counts_Excels_separator_line_and_blank_lines_as_lines()
    {
        // Excel hides "sep=;" and so does the row number; a text editor shows it as line 1.
        var place = PlaceOfUnclosedQuote(Encoding.UTF8.GetBytes("sep=;\na;b\n\n\"open;x\n1;2\n"));

        Assert.Equal((3, 0, 4L), place);
    }

    [Fact]
    public void A_quote_never_closed_in_the_first_row_opens_on_its_line_after_a_cell_with_a_line_break()
    {
        var place = PlaceOfUnclosedQuote(Encoding.UTF8.GetBytes("\"a\r\nb\";\"c;d\r\n1;2;3\r\n"));

        Assert.Equal((1, 1, 2L), place);
    }

    [Fact]
    public void Only_a_row_with_a_quote_never_closed_has_its_place()
    {
        using var file = ScanFileReader.Open(new MemoryStream(Encoding.UTF8.GetBytes("a;b\n1;2\n")), 1 << 20, 1 << 20);
        var source = (CsvRowSource)file.Rows!;

        Assert.True(source.ReadRow());
        Assert.Throws<InvalidOperationException>(() => source.UnclosedQuote);
    }

    [Fact]
    public void A_quote_never_closed_in_a_long_file_stops_at_its_row_and_tells_its_line()
    {
        var text = "a;b\n1;\"twee\nregels\"\n3;\"open\n" + string.Concat(Enumerable.Repeat("x;y\n", 50_000));
        using var file = ScanFileReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), 1 << 30, 64 * 1024);

        var ex = Assert.Throws<ScanReadException>(() =>
        {
            while (file.Rows!.ReadRow())
            {
            }
        });
        Assert.Equal((ScanReadFailure.RowTooLarge, (int?)3, (long?)4), (ex.Failure, ex.Row, ex.Line));
    }

    [Fact]
    public void A_stream_longer_than_the_limit_stops_with_too_large()
    {
        var content = Encoding.UTF8.GetBytes("a;b\n" + string.Concat(Enumerable.Repeat("1;2\n", 100_000)));
        using var file = ScanFileReader.Open(new ForwardOnlyStream(content, maxChunk: 1000), 100_000, 1 << 20);

        var ex = Assert.Throws<ScanReadException>(() =>
        {
            while (file.Rows!.ReadRow())
            {
            }
        });
        Assert.Equal(ScanReadFailure.TooLarge, ex.Failure);
    }

    [Fact]
    public void A_seekable_stream_longer_than_the_limit_is_refused_before_reading()
    {
        var ex = Assert.Throws<ScanReadException>(() => ScanFileReader.Open(new MemoryStream(new byte[2000]), 1000, 1 << 20));

        Assert.Equal(ScanReadFailure.TooLarge, ex.Failure);
    }

    [Theory]
    [InlineData(new byte[0], FileKind.Empty)]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09 }, FileKind.Empty)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, FileKind.Empty)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x78, 0x6C, 0x2F }, FileKind.Xlsx)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x61 }, FileKind.Zip)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 }, FileKind.Xls)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, FileKind.Pdf)]
    [InlineData(new byte[] { 0x61, 0x3B, 0x00, 0x62 }, FileKind.Binary)]
    [InlineData(new byte[] { 0x61, 0x3B, 0x62, 0x0A }, FileKind.Text)]
    public void The_first_bytes_tell_what_the_file_is(byte[] content, FileKind kind)
    {
        using var file = ScanFileReader.Open(new MemoryStream(content), 1 << 20, 1 << 20);

        Assert.Equal(kind, file.Kind);
        Assert.Equal(kind is FileKind.Text or FileKind.Xlsx, file.Rows is not null);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_workbook_whose_first_part_is_larger_than_the_sniffed_start_is_told_by_its_directory(bool forwardOnly)
    {
        var workbook = WithLargePartFirst(XlsxFiles.Write([(1, ["initiatief_naam", "bereik_per_jaar"]), (2, ["Digitaal Doen", "1250"])]));

        using var file = ScanFileReader.Open(forwardOnly ? new ForwardOnlyStream(workbook, maxChunk: 1000) : new MemoryStream(workbook), 1 << 30, 1 << 20);

        Assert.Equal(FileKind.Xlsx, file.Kind);
        var source = file.Rows!;
        Assert.True(source.ReadRow() && source.ReadRow());
        Assert.Equal((2, "Digitaal Doen", "1250"), (source.RowNumber, source.GetCell(0), source.GetCell(1)));
    }

    [Theory]
    [InlineData("data/readme.txt", "Zip")]
    [InlineData("word/document.xml", "OfficeDocument")]
    [InlineData("ppt/presentation.xml", "OfficeDocument")]
    public void A_zip_archive_of_other_files_whose_first_part_is_large_is_told_by_its_directory_too(string part, string expected)
    {
        var archive = WithLargePartFirst(Archive("[Content_Types].xml", part));

        using var file = ScanFileReader.Open(new MemoryStream(archive), 1 << 30, 1 << 20);

        Assert.Equal(expected, file.Kind.ToString());
        Assert.Null(file.Rows);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_word_document_is_told_as_such_not_as_a_damaged_workbook_though_it_has_the_same_content_types_part(bool largePartFirst)
    {
        // [Content_Types].xml first, as Word writes it; with a large part after it, word/ is past the sniffed start.
        var document = Archive("[Content_Types].xml", "_rels/.rels", "word/document.xml");
        if (largePartFirst)
        {
            using var source = new ZipArchive(new MemoryStream(document), ZipArchiveMode.Read);
            using var stream = new MemoryStream();
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                zip.CreateEntry("[Content_Types].xml").Open().Dispose();
                using (var thumbnail = zip.CreateEntry("docProps/thumbnail.jpeg", CompressionLevel.NoCompression).Open())
                {
                    thumbnail.Write(Enumerable.Repeat((byte)0xFF, 70_000).ToArray());
                }

                zip.CreateEntry("word/document.xml").Open().Dispose();
            }

            document = stream.ToArray();
        }

        var report = new ScanValidator(ValidationOptions.Default, new Validation.FixedTimeProvider())
            .Validate(new MemoryStream(document), "notes.docx", "PV26").Report;

        var error = Assert.Single(report.Errors);
        Assert.Equal((ErrorCodes.UnsupportedFormat, "office-document"), (error.Code, report.Detected!.Format));
        Assert.Equal("The file is a Word or PowerPoint document, not a scan (CSV or an Excel workbook).", error.Message);
    }

    [Fact]
    public void A_workbook_with_its_content_types_first_and_a_large_part_after_is_still_a_workbook()
    {
        var workbook = XlsxFiles.Write([(1, ["initiatief_naam", "bereik_per_jaar"]), (2, ["Digitaal Doen", "1250"])]);
        using var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var thumbnailWritten = false;
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 2))
            {
                if (entry.FullName != "[Content_Types].xml" && !thumbnailWritten)
                {
                    thumbnailWritten = true;
                    using var thumbnail = zip.CreateEntry("docProps/thumbnail.jpeg", CompressionLevel.NoCompression).Open();
                    thumbnail.Write(Enumerable.Repeat((byte)0xFF, 70_000).ToArray());
                }

                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
        }

        using var file = ScanFileReader.Open(new MemoryStream(stream.ToArray()), 1 << 30, 1 << 20);

        Assert.Equal(FileKind.Xlsx, file.Kind);
        Assert.True(file.Rows!.ReadRow() && file.Rows.ReadRow());
        Assert.Equal("Digitaal Doen", file.Rows.GetCell(0));
    }

    /// <summary>A ZIP archive of empty entries with these names, in this order.</summary>
    private static byte[] Archive(params string[] names)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in names)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write("<x/>"u8);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void A_cell_repeated_from_the_row_before_reads_as_the_same_string_and_a_changed_one_anew()
    {
        var longText = new string('x', 9000) + "é";
        var rows = ReadAll(Encoding.UTF8.GetBytes(
            "naam;omschrijving;lang\n" +
            "\"Digi \"\"Doen\"\"\";Eén;" + longText + "\n" +
            "\"Digi \"\"Doen\"\"\";Eén;" + longText + "\n" +
            "\"Digi \"\"Doen\"\"\";Eénmaal;" + longText + "\n" +
            ";Eén;" + longText + "y\n" +
            "Digi;Eén\n"), out _);

        Assert.Equal(["Digi \"Doen\"", "Eén", longText], rows[1].Cells);
        Assert.Equal(["Digi \"Doen\"", "Eén", longText], rows[2].Cells);
        Assert.Equal(["Digi \"Doen\"", "Eénmaal", longText], rows[3].Cells);
        Assert.Equal(["", "Eén", longText + "y"], rows[4].Cells);
        Assert.Equal(["Digi", "Eén"], rows[5].Cells);

        // Repeated cells share the string made for the first; a cell after a change, or an empty one, does not.
        Assert.Same(rows[1].Cells[0], rows[2].Cells[0]);
        Assert.Same(rows[1].Cells[1], rows[2].Cells[1]);
        Assert.NotSame(rows[1].Cells[1], rows[4].Cells[1]);
    }

    /// <summary>The row of <paramref name="content"/> with a quote never closed, and where the quote opens.</summary>
    private static (int Row, int Cell, long Line) PlaceOfUnclosedQuote(byte[] content)
    {
        using var file = ScanFileReader.Open(new MemoryStream(content), 1 << 20, 1 << 20);
        var source = (CsvRowSource)file.Rows!;
        while (source.ReadRow())
        {
            if (source.CurrentRowDefect == RowDefect.UnclosedQuote)
            {
                var (cell, line) = source.UnclosedQuote;
                return (source.RowNumber, cell, line);
            }
        }

        throw new InvalidOperationException("No row has a quote never closed.");
    }

    private static List<(int Number, string[] Cells)> ReadAll(byte[] content, out DetectedFormat detected)
    {
        using var file = ScanFileReader.Open(new ForwardOnlyStream(content, maxChunk: 1000), 1 << 30, 1 << 20);
        var source = file.Rows ?? throw new InvalidOperationException($"Not text: {file.Kind}");
        var rows = new List<(int, string[])>();
        while (source.ReadRow())
        {
            rows.Add((source.RowNumber, [.. Enumerable.Range(0, source.CellCount).Select(source.GetCell)]));
        }

        detected = source.Detected;
        return rows;
    }

    /// <summary>
    /// <paramref name="archive"/> with a thumbnail of 70 KB stored unpacked in front of its entries, as some programs write a
    /// workbook: the first 64 KiB then name none of the other entries.
    /// </summary>
    private static byte[] WithLargePartFirst(byte[] archive)
    {
        using var source = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var thumbnail = zip.CreateEntry("docProps/thumbnail.jpeg", CompressionLevel.NoCompression).Open())
            {
                thumbnail.Write(Enumerable.Repeat((byte)0xFF, 70_000).ToArray());
            }

            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
        }

        return stream.ToArray();
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
