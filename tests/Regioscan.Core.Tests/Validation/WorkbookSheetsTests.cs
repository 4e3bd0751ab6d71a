using Regioscan.Core.Tests.Reading;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Validation;

/// <summary>Which sheet of a workbook is read, and what is reported about the others.</summary>
public sealed class WorkbookSheetsTests
{
    private static readonly string[] Header =
        ["initiatief_naam", "provincie", "werkgebied", "aanbieders", "activiteit_naam", "activiteit_type", "doelgroep", "digitaliseringsvorm", "knelpunten"];

    [Fact]
    public void A_hidden_first_sheet_is_not_read_before_a_visible_sheet_holding_the_scan()
    {
        var workbook = XlsxFiles.WriteSheets(("oud", Scan(1), true), ("Data", Scan(3), false));

        var report = Validate(workbook);

        Assert.Empty(report.Errors);
        Assert.Equal((true, 3, "Data"), (report.Valid, report.Rows, report.Detected!.Sheet));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_scan_is_read_from_the_sheet_whose_header_row_names_the_template_columns_even_hidden_when_no_visible_one_does(bool hidden)
    {
        var workbook = XlsxFiles.WriteSheets(("Toelichting", XlsxFiles.NoScan, false), ("Data", Scan(2), hidden));

        var report = Validate(workbook);

        Assert.Empty(report.Errors);
        Assert.Equal((true, 2, "Data"), (report.Valid, report.Rows, report.Detected!.Sheet));
    }

    [Fact]
    public void An_empty_activiteiten_sheet_is_read_and_the_other_sheet_holding_the_template_columns_is_named()
    {
        // The template's own sheet left empty, the activities pasted onto a new sheet.
        var workbook = XlsxFiles.WriteSheets(("activiteiten", Scan(0), false), ("Data", Scan(3), false), ("Toelichting", XlsxFiles.NoScan, false));

        var report = Validate(workbook);

        var error = Assert.Single(report.Errors);
        Assert.Equal(ErrorCodes.EmptyFile, error.Code);
        Assert.Equal("The sheet 'activiteiten', the one read, has a header row (row 1) but no data rows; sheet 'Data' also has the template's columns.", error.Message);
        Assert.Equal("Put the activities on sheet 'activiteiten', or delete that sheet so that the one holding them is read (a sheet named activiteiten is read first).", error.Suggestion);
        Assert.Equal("activiteiten", report.Detected!.Sheet);
    }

    [Fact]
    public void A_workbook_whose_only_sheet_has_no_data_rows_says_so_as_a_csv_file_does()
    {
        var report = Validate(XlsxFiles.WriteSheets(("activiteiten", Scan(0), false), ("Toelichting", XlsxFiles.NoScan, false)));

        Assert.Equal("The file has a header row (row 1) but no data rows.", Assert.Single(report.Errors).Message);
    }

    [Fact]
    public void Two_sheets_holding_the_scan_are_an_error_naming_both()
    {
        var workbook = XlsxFiles.WriteSheets(("2023", Scan(1), false), ("2024", Scan(2), false), ("oud", Scan(4), true));

        var report = Validate(workbook);

        var error = Assert.Single(report.Errors);
        Assert.Equal((ErrorCodes.UnsupportedFormat, (int?)null), (error.Code, error.Row));
        Assert.Contains("'2023' and '2024'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Only sheet '2023' was read", error.Message, StringComparison.Ordinal);
        Assert.Contains("name the sheet to read activiteiten", error.Suggestion, StringComparison.Ordinal);
        Assert.Equal((false, 1, "2023"), (report.Valid, report.Rows, report.Detected!.Sheet));
    }

    [Fact]
    public void A_sheet_named_activiteiten_is_read_among_other_sheets_holding_the_scan()
    {
        var workbook = XlsxFiles.WriteSheets(("2023", Scan(1), false), ("Toelichting", XlsxFiles.NoScan, false), ("Activiteiten", Scan(2), false));

        var report = Validate(workbook);

        Assert.Empty(report.Errors);
        Assert.Equal((true, 2, "Activiteiten"), (report.Valid, report.Rows, report.Detected!.Sheet));
    }

    [Fact]
    public void Without_a_sheet_holding_the_scan_the_error_lists_the_sheets_looked_at()
    {
        var workbook = XlsxFiles.WriteSheets(
            ("Toelichting", XlsxFiles.NoScan, false), ("Blad2", [(1, ["naam", "plaats"])], false), ("oud", XlsxFiles.NoScan, true));

        var report = Validate(workbook);

        var error = Assert.Single(report.Errors);
        Assert.Equal(ErrorCodes.UnsupportedFormat, error.Code);
        Assert.Contains("Sheets looked at: 'Toelichting', 'Blad2' and 'oud' (hidden).", error.Message, StringComparison.Ordinal);
        Assert.Contains("a sheet named activiteiten", error.Suggestion, StringComparison.Ordinal);
    }

    /// <summary>A header row and <paramref name="activities"/> valid activity rows of one initiative in Utrecht.</summary>
    private static (int Row, string[] Cells)[] Scan(int activities) =>
    [
        (1, Header),
        .. Enumerable.Range(1, activities).Select(i =>
            (0, new[] { "Digitaal Doen", "Utrecht", "lokaal", "kvk", $"Spreekuur {i}", "advies", "zzp", "data", "tijd" })),
    ];

    private static ValidationReport Validate(byte[] workbook) =>
        new ScanValidator(ValidationOptions.Default, new FixedTimeProvider())
            .Validate(new MemoryStream(workbook), "scan.xlsx", "PV26").Report;
}
