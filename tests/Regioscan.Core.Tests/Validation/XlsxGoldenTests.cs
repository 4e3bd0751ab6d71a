using Regioscan.Core.Harmonisation;
using Regioscan.Core.Tests.Reading;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Validation;

/// <summary>
/// An XLSX copy of each golden CSV (made at test time: text as shared strings, plain numbers as number
/// cells, the data on a sheet <c>Activiteiten</c> behind another sheet) gives the same report and scan.
/// Messages may differ (an empty workbook is not an empty file); codes, rows, columns, values and cells may not.
/// </summary>
public sealed class XlsxGoldenTests
{
    public static TheoryData<string, string?, int, int> Files()
    {
        var data = new TheoryData<string, string?, int, int>();
        foreach (var row in ScanValidatorGoldenTests.GoodFiles.Concat(ScanValidatorGoldenTests.ErrorFiles))
        {
            var (file, province) = ((string)row[0], (string?)row[1]);
            // An unclosed quote is a defect of CSV text that a workbook cannot have; the others are not CSV.
            if (file.EndsWith(".csv", StringComparison.Ordinal) && !file.Contains("unclosed-quote", StringComparison.Ordinal))
            {
                data.Add(file, province, 0, 0);
            }
        }

        data.Add("errors/too-many-rows.csv", "PV26", 2, 0);
        data.Add("errors/cell-too-long.csv", "PV26", 0, 50);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void An_xlsx_copy_of_a_golden_csv_gives_the_same_issues_and_scan(string file, string? province, int maxRows, int maxCellChars)
    {
        var options = ValidationOptions.Default;
        options = maxRows > 0 ? options with { MaxRows = maxRows } : options;
        options = maxCellChars > 0 ? options with { MaxCellChars = maxCellChars } : options;
        var golden = Path.ChangeExtension(Golden.TestData(Path.Combine("Validation", file)), null);
        using var csv = File.OpenRead(golden + ".csv");
        var workbook = XlsxFiles.Write(XlsxFiles.ReadCsv(csv), "Activiteiten", "Toelichting");

        var result = new ScanValidator(options, new FixedTimeProvider())
            .Validate(new MemoryStream(workbook), Path.GetFileName(file), province);

        using var goldenReport = File.OpenRead(golden + ".report.json");
        var expected = ValidationReportJson.Read(goldenReport);
        Assert.Equal(Issues(expected.Errors), Issues(result.Report.Errors));
        Assert.Equal(Issues(expected.Warnings), Issues(result.Report.Warnings));
        Assert.Equal((expected.Valid, expected.Province, expected.Rows), (result.Report.Valid, result.Report.Province, result.Report.Rows));
        Assert.All(result.Report.Errors.Concat(result.Report.Warnings).Where(i => i.Row is not null && i.Column is not null && i.Code != ErrorCodes.MissingColumn),
            issue => Assert.Matches("^[A-Z]{1,3}[0-9]+$", issue.Cell));
        if (result.Report.Rows > 0)
        {
            Assert.Equal(("xlsx", "Activiteiten"), (result.Report.Detected!.Format, result.Report.Detected.Sheet));
        }

        if (expected.Valid)
        {
            // The golden scan where there is one; otherwise (accepted with warnings) the CSV's own scan.
            var scan = File.Exists(golden + ".scan.json")
                ? File.ReadAllText(golden + ".scan.json")
                : ProvinceScanJson.ToJson(ScanValidatorGoldenTests.Validate(file, province, options).Scan!);
            Assert.NotNull(result.Scan);
            Assert.Equal(scan, ProvinceScanJson.ToJson(result.Scan));
        }
    }

    private static List<(string, int?, string?, string?, string?)> Issues(IEnumerable<ValidationIssue> issues) =>
        [.. issues.Select(i => (i.Code, i.Row, i.Column, i.Value, i.Cell))];
}
