using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Validation;

public sealed class ErrorCodeTests
{
    /// <summary>Every code of the catalogue, with a file that produces it and the exact cell it points at.</summary>
    public static TheoryData<string, string?, string, int?, string?> Cases => new()
    {
        { "errors/not-a-scan.csv", "PV26", ErrorCodes.UnsupportedFormat, 1, null },
        { "errors/workbook.xlsx", "PV26", ErrorCodes.UnsupportedFormat, null, null },
        { "errors/binary.bin", "PV26", ErrorCodes.UnsupportedFormat, null, null },
        { "errors/empty-file.csv", "PV26", ErrorCodes.EmptyFile, null, null },
        { "errors/header-only.csv", "PV26", ErrorCodes.EmptyFile, null, null },
        { "errors/too-many-rows.csv", "PV26", ErrorCodes.FileTooLarge, null, null },
        { "errors/encoding-error.csv", "PV26", ErrorCodes.EncodingError, 2, "penvoerder" },
        { "errors/missing-column.csv", "PV26", ErrorCodes.MissingColumn, null, "knelpunten" },
        { "errors/duplicate-column.csv", "PV26", ErrorCodes.DuplicateColumn, 1, "doelgroep" },
        { "errors/missing-value.csv", "PV26", ErrorCodes.MissingValue, 2, "activiteit_type" },
        { "errors/missing-value.csv", "PV26", ErrorCodes.MissingValue, 3, "latitude" },
        { "errors/type-error.csv", "PV26", ErrorCodes.TypeError, 3, "bereik_per_jaar" },
        { "errors/type-error.csv", "PV26", ErrorCodes.TypeError, 4, "werkgebied" },
        { "errors/out-of-range.csv", "PV26", ErrorCodes.OutOfRange, 2, "bereik_per_jaar" },
        { "errors/out-of-range.csv", "PV26", ErrorCodes.OutOfRange, 3, "bereik_peiljaar" },
        { "errors/out-of-range.csv", "PV26", ErrorCodes.OutOfRange, 4, "eindjaar" },
        { "errors/unknown-code.csv", "PV26", ErrorCodes.UnknownCode, 2, "digitaliseringsvorm" },
        { "errors/unknown-code.csv", "PV26", ErrorCodes.UnknownCode, 4, "gemeente" },
        { "errors/unknown-code.csv", "PV26", ErrorCodes.UnknownCode, 5, "provincie" },
        { "errors/duplicate-row.csv", "PV26", ErrorCodes.DuplicateRow, 4, null },
        { "errors/duplicate-activity.csv", "PV26", ErrorCodes.DuplicateActivity, 4, "activiteit_id" },
        { "errors/duplicate-activity.csv", "PV26", ErrorCodes.DuplicateActivity, 6, "activiteit_naam" },
        { "errors/conflicting-initiative.csv", "PV26", ErrorCodes.ConflictingInitiative, 3, "werkgebied" },
        { "errors/conflicting-initiative.csv", "PV26", ErrorCodes.ConflictingInitiative, 4, "latitude" },
        { "errors/province-mismatch.csv", null, ErrorCodes.ProvinceMismatch, 3, "provincie" },
        { "errors/province-mismatch-folder.csv", "PV20", ErrorCodes.ProvinceMismatch, 2, "provincie" },
        { "errors/invalid-coordinates.csv", "PV26", ErrorCodes.InvalidCoordinates, 2, "latitude" },
        { "errors/invalid-coordinates.csv", "PV26", ErrorCodes.InvalidCoordinates, 4, "x_rd" },
        { "errors/cell-too-long.csv", "PV26", ErrorCodes.CellTooLong, 2, "omschrijving" },
        { "errors/unclosed-quote.csv", "PV26", ErrorCodes.UnclosedQuote, 4, "initiatief_naam" },
        { "errors/unknown-column.csv", "PV26", ErrorCodes.UnknownColumn, 1, null },
        { "errors/url-without-scheme.csv", "PV26", ErrorCodes.UrlWithoutScheme, 2, "website" },
        { "errors/municipality-outside-province.csv", "PV26", ErrorCodes.MunicipalityOutsideProvince, 2, "gemeente" },
        { "errors/coordinates-disagree.csv", "PV26", ErrorCodes.CoordinatesDisagree, 3, "x_rd" },
        { "errors/coordinates-disagree.csv", "PV26", ErrorCodes.CoordinatesDisagree, 4, "x_rd" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_issue_points_at_the_exact_row_and_column(string file, string? province, string code, int? row, string? column)
    {
        var report = ScanValidatorGoldenTests.Validate(file, province, OptionsFor(file)).Report;

        var issues = ErrorCodes.Describe(code).Severity == IssueSeverity.Error ? report.Errors : report.Warnings;
        Assert.Contains(issues, i => i.Code == code && i.Row == row && i.Column == column);
        Assert.Equal(report.Errors.Count == 0, report.Valid);
    }

    [Fact]
    public void Every_code_of_the_catalogue_has_a_case()
    {
        // invalid-upload-path comes from the upload processor, not the validator: a blob outside uploads/PVxx/.
        // SweepFunction's test (Regioscan.Functions.Tests) covers it.
        var covered = Cases.Select(c => (string)c[2]).Append(ErrorCodes.InvalidUploadPath).ToHashSet();

        Assert.All(ErrorCodes.All, info => Assert.Contains(info.Code, covered));
    }

    [Fact]
    public void Every_code_has_a_meaning_an_example_and_a_fix()
    {
        Assert.All(ErrorCodes.All, info =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", info.Code);
            Assert.False(string.IsNullOrWhiteSpace(info.Meaning));
            Assert.False(string.IsNullOrWhiteSpace(info.Example));
            Assert.False(string.IsNullOrWhiteSpace(info.Fix));
        });
        Assert.Equal(ErrorCodes.All.Count, ErrorCodes.All.Select(i => i.Code).Distinct().Count());
    }

    [Fact]
    public void The_design_codes_are_errors_of_the_catalogue()
    {
        string[] design =
        [
            "unsupported-format", "empty-file", "file-too-large", "encoding-error", "missing-column", "missing-value",
            "type-error", "out-of-range", "unknown-code", "duplicate-row", "conflicting-initiative", "province-mismatch",
            "invalid-coordinates",
        ];

        Assert.All(design, code => Assert.Equal(IssueSeverity.Error, ErrorCodes.Describe(code).Severity));
    }

    private static ValidationOptions OptionsFor(string file) => Path.GetFileNameWithoutExtension(file) switch
    {
        "too-many-rows" => ValidationOptions.Default with { MaxRows = 2 },
        "cell-too-long" => ValidationOptions.Default with { MaxCellChars = 50 },
        _ => ValidationOptions.Default,
    };
}
