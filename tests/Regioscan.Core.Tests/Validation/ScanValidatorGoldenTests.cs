using Regioscan.Core.Harmonisation;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Validation;

public sealed class ScanValidatorGoldenTests
{
    public static TheoryData<string, string?> GoodFiles => new()
    {
        { "good/dutch-excel.csv", "PV21" },
        { "good/utf8-bom-multiline.csv", "PV26" },
        { "good/rd-coordinates.csv", null },
    };

    public static TheoryData<string, string?> ErrorFiles => new()
    {
        { "errors/empty-file.csv", "PV26" },
        { "errors/header-only.csv", "PV26" },
        { "errors/not-a-scan.csv", "PV26" },
        { "errors/workbook.xlsx", "PV26" },
        { "errors/binary.bin", "PV26" },
        { "errors/encoding-error.csv", "PV26" },
        { "errors/missing-column.csv", "PV26" },
        { "errors/duplicate-column.csv", "PV26" },
        { "errors/missing-value.csv", "PV26" },
        { "errors/type-error.csv", "PV26" },
        { "errors/out-of-range.csv", "PV26" },
        { "errors/unknown-code.csv", "PV26" },
        { "errors/duplicate-row.csv", "PV26" },
        { "errors/duplicate-activity.csv", "PV26" },
        { "errors/conflicting-initiative.csv", "PV26" },
        { "errors/province-mismatch.csv", null },
        { "errors/province-mismatch-folder.csv", "PV20" },
        { "errors/invalid-coordinates.csv", "PV26" },
        { "errors/unclosed-quote.csv", "PV26" },
        { "errors/unknown-column.csv", "PV26" },
        { "errors/url-without-scheme.csv", "PV26" },
        { "errors/municipality-outside-province.csv", "PV26" },
        { "errors/coordinates-disagree.csv", "PV26" },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void A_good_upload_gives_its_golden_report_and_harmonised_scan(string file, string? province)
    {
        var result = Validate(file, province);

        Golden.AssertMatches(ValidationReportJson.ToJson(result.Report), Expected(file, ".report.json"));
        Assert.True(result.Report.Valid);
        Assert.NotNull(result.Scan);
        Golden.AssertMatches(ProvinceScanJson.ToJson(result.Scan), Expected(file, ".scan.json"));
    }

    [Theory]
    [MemberData(nameof(ErrorFiles))]
    public void A_faulty_upload_gives_its_golden_report(string file, string? province)
    {
        var result = Validate(file, province);

        Golden.AssertMatches(ValidationReportJson.ToJson(result.Report), Expected(file, ".report.json"));
        Assert.Equal(result.Report.Valid, result.Scan is not null);
    }

    [Fact]
    public void Too_many_rows_stops_reading_with_file_too_large()
    {
        var result = Validate("errors/too-many-rows.csv", "PV26", ValidationOptions.Default with { MaxRows = 2 });

        Golden.AssertMatches(ValidationReportJson.ToJson(result.Report), Expected("errors/too-many-rows.csv", ".report.json"));
    }

    [Fact]
    public void A_cell_over_the_limit_is_too_long()
    {
        var result = Validate("errors/cell-too-long.csv", "PV26", ValidationOptions.Default with { MaxCellChars = 50 });

        Golden.AssertMatches(ValidationReportJson.ToJson(result.Report), Expected("errors/cell-too-long.csv", ".report.json"));
    }

    private static string Expected(string file, string extension) =>
        Path.Combine("Validation", Path.ChangeExtension(file, extension));

    internal static ScanResult Validate(string file, string? province, ValidationOptions? options = null)
    {
        using var stream = File.OpenRead(Golden.TestData(Path.Combine("Validation", file)));
        return new ScanValidator(options ?? ValidationOptions.Default, new FixedTimeProvider())
            .Validate(stream, Path.GetFileName(file), province);
    }
}
