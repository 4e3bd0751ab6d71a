using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Validation;

/// <summary>The province of a file validated without a given province: the one most rows name.</summary>
public sealed class CrossChecksTests
{
    private const string Header = "initiatief_naam;provincie;werkgebied;aanbieders;activiteit_naam;activiteit_type;doelgroep;" +
        "digitaliseringsvorm;knelpunten;startjaar;gemeente;latitude;longitude";

    /// <summary>A point in Gelderland (Arnhem), outside Utrecht.</summary>
    private const string InGelderland = "51,98;5,91";

    [Fact]
    public void Without_a_given_province_only_the_rows_naming_another_than_most_rows_are_mismatches()
    {
        var result = Validate(Row(2, "Utrecht"), Row(3, "Gelderland"), Row(4, "Gelderland"), Row(5, "Gelderland"));

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.ProvinceMismatch, (int?)2, "provincie", "Utrecht", "B2"), (error.Code, error.Row, error.Column, error.Value, error.Cell));
        Assert.Equal("This row names Utrecht (PV26), but most rows (3 of 4) name Gelderland (PV25); a file holds the scan of one province.", error.Message);
        Assert.Equal("Correct provincie, or move the rows of Utrecht to that province's own file.", error.Suggestion);
        Assert.Equal("PV25", result.Report.Province);
        Assert.Null(result.Scan);
    }

    [Fact]
    public void On_a_tie_the_province_named_first_is_the_files()
    {
        var result = Validate(Row(2, "Utrecht"), Row(3, "Groningen"), Row(4, "PV20"), Row(5, "utrecht"));

        Assert.Equal("PV26", result.Report.Province);
        Assert.Equal([(3, "Groningen"), (4, "PV20")], result.Report.Errors.Select(e => (e.Row ?? 0, e.Value)));
        Assert.Equal(
            "This row names Groningen (PV20), but Utrecht (PV26), named first (row 2), is named by as many rows (2 of 4) as any " +
            "other province; a file holds the scan of one province.",
            result.Report.Errors[0].Message);
    }

    [Fact]
    public void Without_a_majority_the_province_more_rows_name_than_any_other_is_the_files()
    {
        var result = Validate(Row(2, "Utrecht"), Row(3, "Groningen"), Row(4, "Gelderland"), Row(5, "Gelderland"));

        Assert.Equal("PV25", result.Report.Province);
        Assert.Equal([2, 3], result.Report.Errors.Select(e => e.Row ?? 0));
        Assert.Contains("but more rows (2 of 4) name Gelderland (PV25) than any other province;", result.Report.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mismatches_found_at_the_end_take_their_place_by_row_with_each_rows_value()
    {
        // Row 4 is blank and row 6 names no province: neither is a mismatch, though they lie among Utrecht's rows.
        var result = Validate(
            Row(2, "Utrecht"), Row(3, "PV26").Replace(";data;", ";blokchain;", StringComparison.Ordinal), string.Empty, Row(5, "Utrecht"),
            Row(6, string.Empty), Row(7, "Utrecht"), Row(8, "Gelderland"), Row(9, "Gelderland"), Row(10, "Gelderland"),
            Row(11, "Gelderland"), Row(12, "Gelderland"), Row(13, "Gelderland"));

        Assert.Equal(
            [
                (2, ErrorCodes.ProvinceMismatch, "Utrecht"), (3, ErrorCodes.UnknownCode, "blokchain"), (3, ErrorCodes.ProvinceMismatch, "PV26"),
                (5, ErrorCodes.ProvinceMismatch, "Utrecht"), (6, ErrorCodes.MissingValue, null), (7, ErrorCodes.ProvinceMismatch, "Utrecht"),
            ],
            result.Report.Errors.Select(e => (e.Row ?? 0, e.Code, e.Value)));
        Assert.All(result.Report.Errors.Where(e => e.Code == ErrorCodes.ProvinceMismatch),
            e => Assert.Contains("but most rows (6 of 10) name Gelderland (PV25);", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_location_of_a_row_naming_another_province_than_the_files_is_not_held_against_it()
    {
        // The usual case: an activity of Gelderland, in Arnhem, whose provincie cell is wrong.
        var result = Validate(Row(2, "Utrecht", "Arnhem", InGelderland), Row(3, "Gelderland"), Row(4, "Gelderland"));

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.ProvinceMismatch, (int?)2), (error.Code, error.Row));
        Assert.Empty(result.Report.Warnings);
    }

    [Fact]
    public void The_location_of_a_row_naming_the_files_province_is_checked_against_it()
    {
        var result = Validate(Row(2, "Utrecht"), Row(3, "Gelderland", "Zwolle", "53,2;6,6"), Row(4, "Gelderland"), Row(5, "Gelderland"));

        Assert.Equal(
            [(2, ErrorCodes.ProvinceMismatch), (3, ErrorCodes.InvalidCoordinates)],
            result.Report.Errors.Select(e => (e.Row ?? 0, e.Code)));
        Assert.Contains("lies outside Gelderland", result.Report.Errors[1].Message, StringComparison.Ordinal);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal((ErrorCodes.MunicipalityOutsideProvince, (int?)3), (warning.Code, warning.Row));
        Assert.EndsWith("not in Gelderland.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_province_is_not_held_to_one_that_turns_out_not_to_be_the_files()
    {
        // When row 3 is read, Utrecht is the only province named so far.
        var result = Validate(Row(2, "Utrecht"), Row(3, string.Empty, "Arnhem", InGelderland), Row(4, "Gelderland"), Row(5, "Gelderland"));

        Assert.Equal(
            [(2, ErrorCodes.ProvinceMismatch), (3, ErrorCodes.MissingValue)],
            result.Report.Errors.Select(e => (e.Row ?? 0, e.Code)));
        Assert.Empty(result.Report.Warnings);
    }

    [Fact]
    public void With_a_given_province_every_row_naming_another_is_a_mismatch_however_many()
    {
        var result = ScanValidatorTests.Validate(Csv(Row(2, "Gelderland"), Row(3, "Gelderland"), Row(4, "Utrecht")), "PV26");

        Assert.Equal([2, 3], result.Report.Errors.Select(e => e.Row ?? 0));
        Assert.All(result.Report.Errors, e => Assert.Equal(
            "This row names Gelderland (PV25), but the file is uploaded for Utrecht (PV26).", e.Message));
        Assert.Equal("PV26", result.Report.Province);
    }

    /// <summary>A valid row of its own initiative and activity, numbered by the row it is on.</summary>
    private static string Row(int row, string province, string municipality = "", string point = ";") =>
        $"Initiatief {row};{province};lokaal;kvk;Activiteit {row};advies;zzp;data;tijd;2024;{municipality};{point}";

    private static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static ScanResult Validate(params string[] rows) => ScanValidatorTests.Validate(Csv(rows));
}
