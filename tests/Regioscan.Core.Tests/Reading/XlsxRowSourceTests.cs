using Regioscan.Testing;
using System.IO.Compression;
using System.Text;
using Regioscan.Core.Reading;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Reading;

public sealed class XlsxRowSourceTests
{
    [Fact]
    public void Rows_keep_their_sheet_numbers_and_cells_their_columns()
    {
        var workbook = XlsxFiles.Raw("""
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="2"><c r="A2" t="inlineStr"><is><t>naam</t></is></c><c r="C2" t="inlineStr"><is><r><t>jaar</t></r><r><t xml:space="preserve"> start</t></r><rPh><t>X</t></rPh></is></c></row>
            <row r="5"><c r="A5" s="1"/><c r="B5"><v>2024.0</v></c><c r="D5"><v>52.090699999999998</v></c></row>
            <row r="7"><c r="B7" t="b"><v>1</v></c><c r="C7" t="str"><v>regel_x000D_
            twee</v></c><c r="E7" t="e"><v>#N/A</v></c></row>
            </sheetData></worksheet>
            """);

        var rows = ReadAll(workbook, out var detected);

        Assert.Equal(
            [(2, ["naam", "", "jaar start"]), (5, ["", "2024", "", "52.0907"]), (7, ["", "TRUE", "regel\r\ntwee", "", "#N/A"])],
            rows.Select(r => (r.Number, r.Cells)));
        Assert.Equal(new DetectedFormat("xlsx", null, null, null, null, "Blad1"), detected);
    }

    [Fact]
    public void Shared_strings_and_number_cells_read_as_their_text()
    {
        var workbook = XlsxFiles.Write([(1, ["initiatief_naam", "bereik_per_jaar", "latitude"]), (3, ["Digitaal Doen", "1250", "52.09"])]);

        var rows = ReadAll(workbook, out _);

        Assert.Equal([(1, ["initiatief_naam", "bereik_per_jaar", "latitude"]), (3, ["Digitaal Doen", "1250", "52.09"])], rows.Select(r => (r.Number, r.Cells)));
        using var zip = new ZipArchive(new MemoryStream(workbook));
        var sheet = new StreamReader(zip.Entries.Single(e => e.FullName.Contains("worksheets", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<x:c r=\"B3\"><x:v>1250</x:v></x:c>", sheet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ACTIVITEITEN")]
    [InlineData("activiteiten")]
    public void The_sheet_activiteiten_is_read_wherever_it_is(string name)
    {
        var workbook = XlsxFiles.Write([(1, ["a"])], name, "Toelichting", "Codelijsten");

        var rows = ReadAll(workbook, out var detected);

        Assert.Equal(name, detected.Sheet);
        Assert.Equal("a", Assert.Single(rows).Cells[0]);
    }

    [Fact]
    public void Without_a_sheet_activiteiten_the_first_sheet_is_read()
    {
        var workbook = XlsxFiles.Write([(1, ["a"])], "Blad2", "Blad1");

        var rows = ReadAll(workbook, out var detected);

        Assert.Equal("Blad1", detected.Sheet);
        Assert.Equal("Deze sheet is geen scan", Assert.Single(rows).Cells[0]);
    }

    [Fact]
    public void A_forward_only_upload_is_read_from_a_copy_and_a_seekable_one_is_left_open()
    {
        var workbook = XlsxFiles.Write([(1, ["a", "b"])]);
        Assert.Single(ReadAll(workbook, out _, forwardOnly: true));

        var seekable = new MemoryStream(workbook);
        using (var file = ScanFileReader.Open(seekable, 1 << 30, 1 << 20))
        {
            Assert.True(file.Rows!.ReadRow());
        }

        Assert.True(seekable.CanRead);
    }

    [Fact]
    public void A_number_with_a_date_format_reads_as_the_date_it_shows()
    {
        // Style 1 is the built-in date format 14 (d-m-yyyy), style 2 a custom date, style 3 a custom number format.
        const string styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <numFmts count="2"><numFmt numFmtId="164" formatCode="[$-413]d\ mmmm\ yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; st.&quot;"/></numFmts>
            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs>
            </styleSheet>
            """;
        var workbook = XlsxFiles.Raw("""
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" s="1"><v>42736</v></c><c r="B1" s="2"><v>45658.5</v></c><c r="C1" s="3"><v>1250</v></c><c r="D1"><v>42736</v></c></row>
            </sheetData></worksheet>
            """, stylesXml: styles);

        var rows = ReadAll(workbook, out _);

        Assert.Equal(["2017-01-01", "2025-01-01 12:00", "1250", "42736"], rows[0].Cells);
    }

    [Fact]
    public void A_date_with_a_format_that_shows_only_the_year_reads_as_its_date_and_notes_the_year_it_shows()
    {
        // Styles 1–3 show only the year; 4 (yy) and 5 (mmm yyyy) show more of the date, and stay dates.
        const string styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <numFmts count="5"><numFmt numFmtId="164" formatCode="yyyy"/><numFmt numFmtId="165" formatCode="&quot;jaar &quot;yyyy"/><numFmt numFmtId="166" formatCode="[$-413]YYYY;@"/>
            <numFmt numFmtId="167" formatCode="yy"/><numFmt numFmtId="168" formatCode="mmm\ yyyy"/></numFmts>
            <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/></cellXfs>
            </styleSheet>
            """;
        var workbook = XlsxFiles.Raw("""
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
            <c r="A1" s="1"><v>43100</v></c><c r="B1" s="2"><v>43100.75</v></c><c r="C1" s="3"><v>43100</v></c><c r="D1" s="4"><v>43100</v></c>
            <c r="E1" s="5"><v>43100</v></c><c r="F1" s="1"><v>2016</v></c>
            </row></sheetData></worksheet>
            """, stylesXml: styles);

        using var file = ScanFileReader.Open(new MemoryStream(workbook), 1 << 30, 1 << 20);
        var source = (XlsxRowSource)file.Rows!;
        Assert.True(source.ReadRow());

        Assert.Equal(["2017-12-31", "2017-12-31 18:00", "2017-12-31", "2017-12-31", "2017-12-31", "2016"], Enumerable.Range(0, source.CellCount).Select(source.GetCell));
        Assert.Equal([new XlsxYearOnlyDate(0, "2017"), new XlsxYearOnlyDate(1, "2017"), new XlsxYearOnlyDate(2, "2017")], source.YearOnlyDates);
    }

    [Theory]
    [InlineData("yyyy", "Year")]
    [InlineData("\"jaar \"yyyy", "Year")]
    [InlineData("[$-413]yyyy", "Year")]
    [InlineData("yyy", "Year")]
    [InlineData("yy", "Date")]
    [InlineData("d-m-yyyy", "Date")]
    [InlineData("yyyy\\-mm", "Date")]
    [InlineData("\"d \"0", "None")]
    [InlineData("#,##0", "None")]
    public void A_format_code_is_told_as_a_date_a_year_or_a_number(string code, string expected)
    {
        Assert.Equal(expected, XlsxNumberFormats.DateFormatOf(code).ToString());
    }

    [Fact]
    public void A_date_cell_that_shows_only_its_year_is_that_year_in_a_year_column_and_one_that_shows_the_day_is_not()
    {
        // In any other column such a cell is the date it holds: 1-1-2022 formatted yyyy in bereik_per_jaar is no reach of 2022.
        const string styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy"/></numFmts>
            <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>
            """;
        string[] header = ["initiatief_naam", "provincie", "werkgebied", "aanbieders", "activiteit_naam", "activiteit_type", "doelgroep", "digitaliseringsvorm", "knelpunten", "startjaar", "eindjaar"];
        string[] row = ["Scan", "Utrecht", "lokaal", "kvk", "Spreekuur", "advies", "zzp", "data", "tijd"];
        var valid = XlsxFiles.Raw(XlsxFiles.Sheet([header, [.. row, """<c r="J2" s="1"><v>42736</v></c>""", """<c r="K2" s="1"><v>43465</v></c>"""]]), stylesXml: styles);
        var dated = XlsxFiles.Raw(XlsxFiles.Sheet([header, [.. row, "2017", """<c r="K2" s="2"><v>43465</v></c>"""]]), stylesXml: styles);

        var result = new ScanValidator(ValidationOptions.Default, new Validation.FixedTimeProvider()).Validate(new MemoryStream(valid), "scan.xlsx", "PV26");
        var error = Assert.Single(Validate(dated).Errors);

        Assert.True(result.Report.Valid);
        var initiative = Assert.Single(result.Scan!.Initiatives);
        Assert.Equal(((int?)2017, (int?)2018), (initiative.StartYear, initiative.EndYear));
        Assert.Equal((ErrorCodes.TypeError, "eindjaar", "2018-12-31"), (error.Code, error.Column, error.Value));

        string[] withReach = [.. header, "bereik_per_jaar"];
        var reach = XlsxFiles.Raw(XlsxFiles.Sheet([withReach, [.. row, "2017", "2018", """<c r="L2" s="1"><v>44562</v></c>"""]]), stylesXml: styles);
        var reachError = Assert.Single(Validate(reach).Errors);
        Assert.Equal((ErrorCodes.TypeError, "bereik_per_jaar", "2022-01-01"), (reachError.Code, reachError.Column, reachError.Value));
        Assert.Equal("'2022-01-01' is a date, and bereik_per_jaar holds a whole number.", reachError.Message);
    }

    [Fact]
    public void Dates_of_a_1904_workbook_count_from_1904()
    {
        const string styles = """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>""";
        var workbook = XlsxFiles.Raw("""
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" s="1"><v>41274</v></c></row></sheetData></worksheet>
            """, stylesXml: styles, workbookProperties: """<workbookPr date1904="1"/>""");

        Assert.Equal("2017-01-01", ReadAll(workbook, out _)[0].Cells[0]);
    }

    [Theory]
    [InlineData("1250.0000000000002", "1250")]
    [InlineData("2016.9999999999998", "2017")]
    [InlineData("52.0907", "52.0907")]
    [InlineData("155000.5", "155000.5")]
    [InlineData("1250.001", "1250.001")]
    public void A_number_a_hair_from_a_whole_number_reads_as_that_whole_number(string stored, string expected)
    {
        Assert.Equal(expected, XlsxCellText.Number(stored));
    }

    [Fact]
    public void A_document_type_declaration_is_refused_not_expanded()
    {
        var workbook = XlsxFiles.Raw("""
            <?xml version="1.0"?>
            <!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>
            """);

        var issue = Assert.Single(Validate(workbook).Errors);

        Assert.Equal(ErrorCodes.UnsupportedFormat, issue.Code);
        Assert.Contains("document type (DTD)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_unpacks_a_thousandfold_is_refused_as_a_zip_bomb()
    {
        var padding = new string(' ', 8 << 20);
        var workbook = XlsxFiles.Raw($"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{padding}<sheetData/></worksheet>""",
            CompressionLevel.SmallestSize);

        var issue = Assert.Single(Validate(workbook).Errors);

        Assert.True(workbook.Length < 64 * 1024, $"{workbook.Length} bytes");
        Assert.Equal(ErrorCodes.UnsupportedFormat, issue.Code);
        Assert.Contains("zip bomb", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_that_unpacks_past_the_size_limit_is_too_large()
    {
        var rows = Enumerable.Range(1, 2000).Select(i => (i, new[] { "Digitaal Doen " + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var workbook = XlsxFiles.Write(rows);

        var report = Validate(workbook, ValidationOptions.Default with { MaxFileBytes = 64 * 1024 });

        Assert.True(workbook.Length < 64 * 1024, $"{workbook.Length} bytes");
        var issue = Assert.Single(report.Errors);
        Assert.Equal(ErrorCodes.FileTooLarge, issue.Code);
        Assert.Contains("unpacks to more than the limit of 64 KiB", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    public void A_password_protected_workbook_is_named_as_such(uint directorySector)
    {
        var report = Validate(CompoundFileWith("EncryptedPackage", directorySector));

        var issue = Assert.Single(report.Errors);
        Assert.Equal(ErrorCodes.UnsupportedFormat, issue.Code);
        Assert.Contains("password-protected", issue.Message, StringComparison.Ordinal);
        Assert.Contains("remove the password", issue.Suggestion, StringComparison.Ordinal);
        Assert.Equal("encrypted-xlsx", report.Detected!.Format);
    }

    [Fact]
    public void An_old_xls_workbook_is_not_taken_for_an_encrypted_one()
    {
        var report = Validate(CompoundFileWith("Workbook", 300));

        Assert.Equal("xls", report.Detected!.Format);
        Assert.Contains("Excel Workbook (*.xlsx)", Assert.Single(report.Errors).Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_workbook_is_an_unsupported_format()
    {
        var workbook = XlsxFiles.Write([(1, ["a"])]);

        var issue = Assert.Single(Validate(workbook[..(workbook.Length / 2)]).Errors);

        Assert.Equal(ErrorCodes.UnsupportedFormat, issue.Code);
        Assert.StartsWith("The Excel workbook cannot be read: ", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_string_ending_in_a_phonetic_guide_keeps_its_place_and_the_strings_after_it_theirs()
    {
        // Phonetic guides (rPh) come from East Asian input; none is text of the cell, and an item may end with one.
        const string strings = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <si><t>data|ai</t><rPh sb="0" eb="1"><t>DATA</t></rPh></si>
            <si><t>tijd</t><rPh sb="0" eb="1"><t>T</t></rPh><rPh sb="1" eb="2"><t>IJD</t></rPh></si>
            <si><r><t>kennis</t></r><rPh sb="0" eb="1"><t>K</t></rPh><phoneticPr fontId="1"/></si>
            <si><t>Utrecht</t></si>
            </sst>
            """;
        var workbook = XlsxFiles.Raw("""
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
            <c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>
            <c r="E1" t="inlineStr"><is><t>data</t><rPh sb="0" eb="1"><t>D</t></rPh><rPh sb="1" eb="2"><t>ATA</t></rPh></is></c>
            </row></sheetData></worksheet>
            """, sharedStringsXml: strings);

        Assert.Equal(["data|ai", "tijd", "kennis", "Utrecht", "data"], ReadAll(workbook, out _)[0].Cells);
    }

    [Fact]
    public void Cells_read_as_typed_a_year_in_a_date_cell_an_iso_date_and_a_whole_number_too_large_for_digits_before()
    {
        const string styles = """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>""";
        var workbook = XlsxFiles.Raw("""
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
            <c r="A1" s="1"><v>2017</v></c><c r="B1" s="1"><v>42736</v></c><c r="C1" s="1"><v>2017.5</v></c><c r="D1" s="1"><v>1899</v></c>
            <c r="E1" t="d"><v>2018-01-01T00:00:00</v></c><c r="F1" t="d"><v>2018-03-04T10:30:00</v></c><c r="G1" t="d"><v>geen datum</v></c>
            <c r="H1"><v>1E+20</v></c><c r="I1"><v>1.5E+15</v></c><c r="J1"><v>1.2345E+15</v></c>
            </row></sheetData></worksheet>
            """, stylesXml: styles);

        Assert.Equal(
            ["2017", "2017-01-01", "1905-07-09 12:00", "1905-03-13", "2018-01-01", "2018-03-04 10:30", "geen datum", "100000000000000000000", "1500000000000000", "1234500000000000"],
            ReadAll(workbook, out _)[0].Cells);
    }

    [Fact]
    public void A_year_in_a_date_cell_is_the_year_an_iso_date_cell_is_told_its_year_and_a_huge_reach_is_out_of_range_as_in_csv()
    {
        const string styles = """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>""";
        string[] header = ["initiatief_naam", "provincie", "werkgebied", "aanbieders", "activiteit_naam", "activiteit_type", "doelgroep", "digitaliseringsvorm", "knelpunten", "startjaar", "bereik_per_jaar"];
        string[] row = ["Scan", "Utrecht", "lokaal", "kvk", "Spreekuur", "advies", "zzp", "data", "tijd"];
        var workbook = XlsxFiles.Raw(XlsxFiles.Sheet(
            [
                header,
                [.. row, """<c r="J2" s="1"><v>2017</v></c>"""],
                [.. row[..4], "Workshop", .. row[5..], """<c r="J3" t="d"><v>2018-01-01T00:00:00</v></c>"""],
                [.. row[..4], "Webinar", .. row[5..], "2017", """<c r="K4"><v>1E+20</v></c>"""],
            ]), stylesXml: styles);
        var csv = string.Join(";", header) + "\n" + string.Join(";", [.. row, "2024", "99999999999999999999"]) + "\n";

        var errors = Validate(workbook).Errors;
        var csvError = Assert.Single(new ScanValidator(ValidationOptions.Default, new Validation.FixedTimeProvider())
            .Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "scan.csv", "PV26").Report.Errors);

        Assert.Equal(2, errors.Count);
        Assert.Equal((ErrorCodes.TypeError, (int?)3, "2018-01-01"), (errors[0].Code, errors[0].Row, errors[0].Value));
        Assert.Equal("'2018-01-01' is a date, and startjaar holds a year.", errors[0].Message);
        Assert.StartsWith("Type the year, 2018, in the cell", errors[0].Suggestion, StringComparison.Ordinal);
        Assert.Equal((ErrorCodes.OutOfRange, (int?)4, "K4"), (errors[1].Code, errors[1].Row, errors[1].Cell));
        Assert.Equal((csvError.Code, csvError.Message.Replace("99999999999999999999", "100000000000000000000", StringComparison.Ordinal), csvError.Suggestion),
            (errors[1].Code, errors[1].Message, errors[1].Suggestion));
    }

    [Fact]
    public void A_sheet_damaged_after_some_rows_is_told_in_plain_words_with_the_row()
    {
        var workbook = XlsxFiles.Raw("""
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>initiatief_naam</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>Scan</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>Lab</t></is></c2></row>
            </sheetData></worksheet>
            """);

        var error = Assert.Single(Validate(workbook).Errors, e => e.Code == ErrorCodes.UnsupportedFormat);

        Assert.Equal(3, error.Row);
        Assert.Equal(
            "The Excel workbook cannot be read: the workbook is damaged: the sheet 'Blad1' is garbled or cut short near row 3, " +
            "so reading stopped there and the rows after it are not checked.", error.Message);
        Assert.StartsWith("Open the workbook in Excel, check that it opens without repair", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_shared_strings_are_named_as_the_part_holding_the_text_of_the_cells()
    {
        var workbook = XlsxFiles.Raw(
            """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>""",
            sharedStringsXml: """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si><si><t>b</t></sst>""");

        var error = Assert.Single(Validate(workbook).Errors);

        Assert.Equal((ErrorCodes.UnsupportedFormat, (int?)null), (error.Code, error.Row));
        Assert.Equal(
            "The Excel workbook cannot be read: the workbook is damaged: the text of its cells (xl/sharedStrings.xml) is garbled or cut short, so it cannot be read.",
            error.Message);
    }

    [Fact]
    public void An_OpenDocument_spreadsheet_is_named_with_the_steps_to_save_it_as_xlsx_or_csv()
    {
        using var ods = new MemoryStream();
        using (var zip = new ZipArchive(ods, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())
            {
                mimetype.Write("application/vnd.oasis.opendocument.spreadsheet"u8);
            }

            using var content = zip.CreateEntry("content.xml").Open();
            content.Write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"u8);
        }

        var report = Validate(ods.ToArray());

        var error = Assert.Single(report.Errors);
        Assert.Equal((ErrorCodes.UnsupportedFormat, "ods"), (error.Code, report.Detected!.Format));
        Assert.StartsWith("The file is an OpenDocument spreadsheet (.ods", error.Message, StringComparison.Ordinal);
        Assert.Contains("LibreOffice Calc", error.Suggestion, StringComparison.Ordinal);
        Assert.Contains("Excel 2007-365 (.xlsx)", error.Suggestion, StringComparison.Ordinal);
    }

    /// <summary>
    /// An OLE2 compound file (the container of .xls and of encrypted workbooks) of 512-byte sectors whose
    /// directory, at <paramref name="directorySector"/>, names one stream.
    /// </summary>
    private static byte[] CompoundFileWith(string stream, uint directorySector)
    {
        var bytes = new byte[(directorySector + 2) * 512];
        ((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).CopyTo(bytes);
        BitConverter.TryWriteBytes(bytes.AsSpan(0x1E), (ushort)9);
        BitConverter.TryWriteBytes(bytes.AsSpan(0x30), directorySector);
        var directory = bytes.AsSpan((int)(directorySector + 1) * 512);
        Encoding.Unicode.GetBytes("Root Entry").CopyTo(directory);
        Encoding.Unicode.GetBytes(stream).CopyTo(directory[128..]);
        return bytes;
    }

    private static ValidationReport Validate(byte[] content, ValidationOptions? options = null) =>
        new ScanValidator(options ?? ValidationOptions.Default, new Validation.FixedTimeProvider())
            .Validate(new MemoryStream(content), "scan.xlsx", "PV26").Report;

    private static List<(int Number, string[] Cells)> ReadAll(byte[] content, out DetectedFormat detected, bool forwardOnly = false)
    {
        using var file = ScanFileReader.Open(forwardOnly ? new ForwardOnlyStream(content, maxChunk: 1000) : new MemoryStream(content), 1 << 30, 1 << 20);
        Assert.Equal(FileKind.Xlsx, file.Kind);
        var source = file.Rows!;
        var rows = new List<(int, string[])>();
        while (source.ReadRow())
        {
            rows.Add((source.RowNumber, [.. Enumerable.Range(0, source.CellCount).Select(source.GetCell)]));
        }

        detected = source.Detected;
        return rows;
    }
}
