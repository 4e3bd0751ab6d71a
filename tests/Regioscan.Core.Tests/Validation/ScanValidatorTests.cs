using System.Text;
using System.Text.Json;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Validation;

public sealed class ScanValidatorTests
{
    private const string Header = "initiatief_naam;provincie;werkgebied;aanbieders;activiteit_naam;activiteit_type;doelgroep;digitaliseringsvorm;knelpunten;startjaar";

    [Fact]
    public void A_minimal_upload_with_the_required_columns_is_valid()
    {
        var result = Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024"));

        Assert.True(result.Report.Valid);
        Assert.Equal("PV26", result.Report.Province);
        Assert.Single(result.Scan!.Activities);
    }

    [Fact]
    public void The_province_can_be_given_by_name()
    {
        var result = Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024"), "utrecht");

        Assert.True(result.Report.Valid);
        Assert.Equal("PV26", result.Report.Province);
    }

    [Fact]
    public void An_unknown_upload_province_is_reported_not_thrown()
    {
        var result = Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024"), "PV99");

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.ProvinceMismatch, (int?)null, "PV99"), (error.Code, error.Row, error.Value));
        Assert.Null(result.Scan);
    }

    [Fact]
    public void Leading_blank_rows_keep_the_row_numbers_a_spreadsheet_shows()
    {
        var result = Validate("\n;;\n" + Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;veel;tijd;2024"));

        Assert.Equal(3, result.Report.Detected!.HeaderRow);
        Assert.Equal(4, Assert.Single(result.Report.Errors).Row);
    }

    [Fact]
    public void A_title_above_the_column_names_is_named_with_the_row_that_holds_them()
    {
        var result = Validate("Regioscan Digitalisering MKB, provincie Utrecht, stand 1 maart;;\n;;\n" + Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024"));

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.UnsupportedFormat, (int?)1), (error.Code, error.Row));
        Assert.Contains("but row 3 does (10 of them)", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Delete rows 1–2 above the column names", error.Suggestion, StringComparison.Ordinal);
        Assert.Null(result.Scan);

        // The title row held no column names: the report does not say they are on row 1.
        Assert.Null(result.Report.Detected!.HeaderRow);
    }

    [Fact]
    public void A_file_whose_first_rows_name_no_template_column_is_still_not_a_scan()
    {
        // One cell that happens to read like a column name ("provincie") is no header row.
        var result = Validate("naam;adres\nPiet;Utrecht\nprovincie;Utrecht\n");

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal(ErrorCodes.UnsupportedFormat, error.Code);
        Assert.EndsWith("names none of the scan template's columns, so this is not a scan.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#N/A", 3, "aanbieders")]
    [InlineData("#REF!", 4, "activiteit_naam")]
    [InlineData("#verw!", 4, "activiteit_naam")]
    [InlineData("#WAARDE!", 9, "startjaar")]
    public void An_excel_error_value_saved_as_text_is_a_type_error_not_data(string error, int field, string column)
    {
        var cells = "Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024".Split(';');
        cells[field] = error;

        var result = Validate(Csv(string.Join(';', cells)));

        var issue = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.TypeError, column, error), (issue.Code, issue.Column, issue.Value));
        Assert.Equal($"The cell holds {error}, an Excel error value: a formula that found no value, saved as its text.", issue.Message);
    }

    [Fact]
    public void Text_that_starts_like_an_excel_error_is_still_text()
    {
        var result = Validate(Csv("Scan;Utrecht;lokaal;kvk;#1 in digitalisering;advies;zzp;data;tijd;2024"));

        Assert.True(result.Report.Valid, string.Join("; ", result.Report.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void A_province_written_as_the_province_calls_itself_is_accepted()
    {
        var result = Validate(Csv(
            "Scan;Provincie Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            "Scan;Prov. Utrecht;lokaal;kvk;Workshop;advies;zzp;data;tijd;2024"), "PV26");

        Assert.True(result.Report.Valid, string.Join("; ", result.Report.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void An_initiatives_rows_after_a_first_row_without_a_valid_value_are_compared_with_the_first_valid_one()
    {
        // Row 2's werkgebied is no code; rows 4 and 5 disagree with row 3. All three are reported in one round.
        var result = Validate(Csv(
            "Scan;Utrecht;locaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            "Scan;Utrecht;provinciaal;kvk;Workshop;advies;zzp;data;tijd;2024",
            "Scan;Utrecht;regionaal;kvk;Voucher;advies;zzp;data;tijd;2024",
            "Scan;Utrecht;regionaal;kvk;Cursus;advies;zzp;data;tijd;2024"));

        Assert.Equal(
            [(2, ErrorCodes.UnknownCode), (4, ErrorCodes.ConflictingInitiative), (5, ErrorCodes.ConflictingInitiative)],
            result.Report.Errors.Select(e => (e.Row!.Value, e.Code)));
        Assert.All(result.Report.Errors, e => Assert.Equal("werkgebied", e.Column));
        var conflict = result.Report.Errors[1];
        Assert.Equal("Initiative 'Scan' has werkgebied 'regionaal' on this row, but 'provinciaal' on row 3.", conflict.Message);
        Assert.Equal(
            "Make werkgebied the same on every row of 'Scan', or give different initiatives different names. Its first row, row 2, has no "
                + "valid werkgebied (see the error there); row 3 is the first with one.",
            conflict.Suggestion);
    }

    [Fact]
    public void An_initiatives_locations_after_a_first_row_without_a_valid_one_are_compared_with_the_first_valid_one()
    {
        var result = Validate(CsvWithCoordinates(
            "Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;noord;5,1214;;",
            "Scan;Utrecht;lokaal;kvk;Workshop;advies;zzp;data;tijd;2024;52,0907;5,1214;;",
            "Scan;Utrecht;lokaal;kvk;Voucher;advies;zzp;data;tijd;2024;52,1;5,1214;;",
            "Scan;Utrecht;lokaal;kvk;Cursus;advies;zzp;data;tijd;2024;52,0907;5,1214;;"));

        Assert.Equal([2, 4], result.Report.Errors.Select(e => e.Row!.Value));
        var conflict = result.Report.Errors[1];
        Assert.Equal((ErrorCodes.ConflictingInitiative, "latitude"), (conflict.Code, conflict.Column));
        Assert.Equal("Initiative 'Scan' has latitude '52,1' on this row, but '52.0907' on row 3.", conflict.Message);
        Assert.EndsWith("Its first row, row 2, has no valid latitude (see the error there); row 3 is the first with one.", conflict.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initiatives_rows_that_agree_after_a_first_row_without_a_valid_value_are_no_conflict()
    {
        var result = Validate(Csv(
            "Scan;Utrecht;locaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            "Scan;Utrecht;regionaal;kvk;Workshop;advies;zzp;data;tijd;2024",
            "Scan;Utrecht;Regionaal;kvk;Voucher;advies;zzp;data;tijd;2024"));

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((2, ErrorCodes.UnknownCode), (error.Row!.Value, error.Code));
    }

    [Fact]
    public void An_initiative_id_given_on_its_first_row_only_is_reported_on_the_rows_without_it()
    {
        var result = Validate(CsvWithIds(
            "UT-1;Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            ";Scan;Utrecht;lokaal;kvk;Workshop;advies;zzp;data;tijd;2024",
            ";Scan;Utrecht;lokaal;kvk;Voucher;advies;zzp;data;tijd;2024"));

        Assert.Equal([3, 4], result.Report.Errors.Select(e => e.Row!.Value));
        var error = result.Report.Errors[0];
        Assert.Equal((ErrorCodes.ConflictingInitiative, "initiatief_id", "A3"), (error.Code, error.Column, error.Cell));
        Assert.Equal("Initiative 'Scan' has initiatief_id 'UT-1' on row 2, but none on this row, so this row would be published as another initiative of the same name.", error.Message);
        Assert.StartsWith("Fill in initiatief_id UT-1 on every row of 'Scan'", error.Suggestion, StringComparison.Ordinal);
        Assert.Null(result.Scan);
    }

    [Fact]
    public void Rows_without_an_initiative_id_before_the_row_with_it_are_reported_from_the_first()
    {
        var result = Validate(CsvWithIds(
            ";scan;Utrecht;lokaal;kvk;Workshop;advies;zzp;data;tijd;2024",
            "UT-7;Other;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            "UT-1;Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            "UT-2;Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            ";scan;Utrecht;lokaal;kvk;Voucher;advies;zzp;data;tijd;2024"));

        // Once per row without the id, naming the first initiative of the name with one (a second one, UT-2, adds nothing).
        Assert.Equal([2, 6], result.Report.Errors.Select(e => e.Row!.Value));
        Assert.All(result.Report.Errors, e => Assert.Contains("has initiatief_id 'UT-1' on row 4, but none on this row", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Initiatives_of_one_name_with_different_ids_or_with_none_at_all_are_no_conflict()
    {
        var twoIds = Validate(CsvWithIds(
            "UT-1;Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            "UT-2;Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024"));
        var noIds = Validate(CsvWithIds(
            ";Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            ";Scan;Utrecht;lokaal;kvk;Workshop;advies;zzp;data;tijd;2024"));

        Assert.True(twoIds.Report.Valid);
        Assert.Equal(2, twoIds.Scan!.Initiatives.Count);
        Assert.True(noIds.Report.Valid);
        Assert.Single(noIds.Scan!.Initiatives);
    }

    [Fact]
    public void Every_error_is_reported_without_a_cap()
    {
        var rows = Enumerable.Range(1, 1500).Select(i => $"Scan;Utrecht;lokaal;kvk;Activiteit {i};advies;zzp;blokchain;tijd;2024");

        var result = Validate(Csv([.. rows]));

        Assert.Equal(1500, result.Report.Errors.Count);
        Assert.Equal(1501, result.Report.Errors[^1].Row);
    }

    [Fact]
    public void The_allowed_years_follow_the_clock()
    {
        var upload = Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2027");

        Assert.False(Validate(upload).Report.Valid);
        Assert.True(Validate(upload, clock: new ClockAt(2026)).Report.Valid);
    }

    [Fact]
    public void A_file_over_the_byte_limit_is_too_large()
    {
        var result = Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024"),
            options: ValidationOptions.Default with { MaxFileBytes = 100 });

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal(ErrorCodes.FileTooLarge, error.Code);
        Assert.Contains("100 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_too_large_to_be_a_scan_row_is_reported_at_its_row_and_line()
    {
        var text = Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;\"zzp\nmicro\";data;tijd;2024", "\"Scan;Utrecht") +
            string.Concat(Enumerable.Repeat("x;y\n", 400_000));

        var result = Validate(text, options: ValidationOptions.Default with { MaxCellChars = 1000, MaxColumns = 10 });

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.FileTooLarge, (int?)3), (error.Code, error.Row));
        Assert.Equal(1, result.Report.Rows);
        Assert.StartsWith("This row, which starts on line 4 of the file, is larger", error.Message, StringComparison.Ordinal);
        Assert.Contains("go to line 4", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_names_the_line_of_the_file_where_it_opens_and_its_column()
    {
        // Rows 2 and 3 hold cells with a line break, so row 4 is line 6 in a text editor.
        var result = Validate(Csv(
            "Scan;Utrecht;lokaal;kvk;Spreekuur;advies;\"zzp\nmicro\";data;tijd;2024",
            "Scan;Utrecht;lokaal;kvk;Workshop;advies;zzp;data;\"tijd\r\nkennis\";2024",
            "Scan;Utrecht;lokaal;kvk;\"Webinar;advies;zzp;data;tijd;2024",
            "Scan;Utrecht;lokaal;kvk;Cursus;advies;zzp;data;tijd;2024"));

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.UnclosedQuote, (int?)4, "activiteit_naam", "E4"), (error.Code, error.Row, error.Column, error.Cell));
        Assert.StartsWith("The quote (\") that opens in column activiteit_naam on line 6 of the file (row 4) is never closed", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Open the file in a text editor, go to line 6 and remove the stray quote", error.Suggestion, StringComparison.Ordinal);
        Assert.Equal(3, result.Report.Rows);
    }

    [Fact]
    public void An_unclosed_quote_on_a_row_blank_in_every_template_column_is_not_skipped_as_a_blank_row()
    {
        // The quote opens under a column of the province's own: the rows it swallowed must not vanish unreported.
        var result = Validate(Header + ";notities\n" +
            "Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;\n" +
            ";;;;;;;;;;\"zie hieronder\n" +
            "Scan;Utrecht;lokaal;kvk;Workshop;advies;zzp;data;tijd;2024;\n");

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.UnclosedQuote, (int?)3, (string?)null, "K3"), (error.Code, error.Row, error.Column, error.Cell));
        Assert.StartsWith("The quote (\") that opens in column K on line 3 of the file (row 3)", error.Message, StringComparison.Ordinal);
        Assert.False(result.Report.Valid);
    }

    [Fact]
    public void An_unclosed_quote_in_the_header_row_is_the_only_error()
    {
        // Excel hides the "sep=;" line, so the header is row 1; a text editor shows it on line 2.
        var result = Validate("sep=;\n" + Header.Replace(";provincie", ";\"provincie", StringComparison.Ordinal) + "\n" +
            "Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024\n");

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.UnclosedQuote, (int?)1, (string?)null, "B1"), (error.Code, error.Row, error.Column, error.Cell));
        Assert.StartsWith("The quote (\") that opens in column B of the header row, on line 2 of the file (row 1), is never closed", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Report.Warnings);
        Assert.Equal(0, result.Report.Rows);
    }

    [Fact]
    public void A_header_over_the_column_limit_is_too_large()
    {
        var result = Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024"),
            options: ValidationOptions.Default with { MaxColumns = 5 });

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.FileTooLarge, (int?)1), (error.Code, error.Row));
    }

    [Fact]
    public void Warnings_alone_leave_the_upload_valid()
    {
        var result = Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024").Replace(";startjaar", ";notities", StringComparison.Ordinal));

        Assert.True(result.Report.Valid);
        Assert.Equal(ErrorCodes.UnknownColumn, Assert.Single(result.Report.Warnings).Code);
        Assert.NotNull(result.Scan);
    }

    [Fact]
    public void Cancellation_stops_the_validation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var validator = new ScanValidator(ValidationOptions.Default, new FixedTimeProvider());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024")));

        Assert.Throws<OperationCanceledException>(() => validator.Validate(stream, "scan.csv", null, cancelled.Token));
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ScanValidator(ValidationOptions.Default with { MaxRows = 0 }, new FixedTimeProvider()));
    }

    [Fact]
    public void The_default_limits_are_documented_ones()
    {
        var options = ValidationOptions.Default;

        Assert.Equal((1L << 30, 5_000_000, 500, 32_767), (options.MaxFileBytes, options.MaxRows, options.MaxColumns, options.MaxCellChars));
    }

    [Fact]
    public void The_report_JSON_has_every_member_of_the_design_in_order_even_when_null()
    {
        var report = Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;blokchain;tijd;2024")).Report;
        using var json = JsonDocument.Parse(ValidationReportJson.ToJson(report with { Province = null }));

        var root = json.RootElement;
        Assert.Equal(["valid", "file", "province", "rows", "errors", "warnings", "detected"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("province").ValueKind);
        Assert.Equal(["code", "row", "column", "value", "message", "suggestion", "cell"],
            root.GetProperty("errors")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["format", "encoding", "delimiter", "line_endings", "header_row", "sheet"],
            root.GetProperty("detected").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_report_survives_a_round_trip()
    {
        var report = ScanValidatorGoldenTests.Validate("errors/unknown-code.csv", "PV26").Report;
        using var stream = new MemoryStream();

        ValidationReportJson.Write(report, stream);
        stream.Position = 0;
        var read = ValidationReportJson.Read(stream);

        Assert.Equal(ValidationReportJson.ToJson(report), ValidationReportJson.ToJson(read));
        Assert.Equal(report.Errors[0], read.Errors[0]);
        Assert.Equal(report.Detected, read.Detected);
    }

    [Theory]
    [InlineData("2017,0")]
    [InlineData("2017.0")]
    [InlineData("2.017")]
    public void A_year_with_a_zero_fraction_after_a_comma_or_a_point_is_that_year(string startjaar)
    {
        var result = Validate(Csv($"Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;{startjaar}"));

        Assert.True(result.Report.Valid);
        Assert.Equal(2017, Assert.Single(result.Scan!.Initiatives).StartYear);
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("99.999.999.999.999.999.999")]
    [InlineData("9999999999999999999999999999999999")]
    public void A_reach_too_large_for_any_count_is_out_of_range_not_a_type_error(string reach)
    {
        var result = Validate(Header + ";bereik_per_jaar\n" + $"Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;{reach}\n");

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.OutOfRange, "bereik_per_jaar"), (error.Code, error.Column));
        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_with_too_many_digits_is_out_of_range()
    {
        var error = Assert.Single(Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;99999999999")).Report.Errors);

        Assert.Equal(ErrorCodes.OutOfRange, error.Code);
    }

    [Theory]
    [InlineData("1-1-2017")]
    [InlineData("2017-01-01")]
    public void A_date_in_a_year_column_is_told_to_be_a_date_and_the_year_to_type(string startjaar)
    {
        var error = Assert.Single(Validate(Csv($"Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;{startjaar}")).Report.Errors);

        Assert.Equal((ErrorCodes.TypeError, startjaar), (error.Code, error.Value));
        Assert.Contains("is a date", error.Message, StringComparison.Ordinal);
        Assert.Contains("Type the year, 2017,", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_with_data_but_no_header_is_reported_once_on_its_first_row_with_data()
    {
        var result = Validate(Header + ";;\n" +
            "Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;;\n" +
            "Scan;Utrecht;lokaal;kvk;Workshop;advies;zzp;data;tijd;2024;;notitie\n" +
            "Scan;Utrecht;lokaal;kvk;Webinar;advies;zzp;data;tijd;2024;;notitie\n");

        Assert.True(result.Report.Valid);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal((ErrorCodes.UnknownColumn, (int?)3, "L3", "notitie"), (warning.Code, warning.Row, warning.Cell, warning.Value));
        Assert.Contains("Column L has no header", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_with_more_cells_than_the_header_row_are_reported_once_for_the_file()
    {
        var result = Validate(Csv(
            "Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;extra",
            "Scan;Utrecht;lokaal;kvk;Workshop;advies;zzp;data;tijd;2024",
            "Scan;Utrecht;lokaal;kvk;Webinar;advies;zzp;data;tijd;2024;;extra"));

        Assert.True(result.Report.Valid);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal((ErrorCodes.UnknownColumn, (int?)2), (warning.Code, warning.Row));
        Assert.StartsWith("Rows 2, 4 have more cells than the header row (10)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_and_errors_is_told_its_cells_may_have_shifted()
    {
        // "Spreekuur; advies" was meant as one cell: everything after it moved one column on.
        var result = Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur; advies;advies;zzp;data;tijd;2024"));

        Assert.False(result.Report.Valid);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal((ErrorCodes.UnknownColumn, (int?)2, "K2"), (warning.Code, warning.Row, warning.Cell));
        Assert.Contains("may have shifted", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_RD_pair_within_a_kilometre_of_latitude_longitude_gives_no_warning()
    {
        // The same place in Utrecht: 0.13 km apart, and 0.96 km (still one place, geocoded elsewhere).
        var result = Validate(CsvWithCoordinates(
            "Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;52,0907;5,1214;136896;455932,5",
            "Lab;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;52,0907;5,1214;137500;456500"));

        Assert.True(result.Report.Valid);
        Assert.Empty(result.Report.Warnings);
        Assert.All(result.Scan!.Initiatives, i => Assert.Equal((52.0907, 5.1214), (i.Latitude, i.Longitude)));
    }

    [Fact]
    public void An_RD_pair_more_than_a_kilometre_from_latitude_longitude_is_a_warning_and_latitude_longitude_is_published()
    {
        // Utrecht in degrees, the RD origin in Amersfoort in metres.
        var result = Validate(CsvWithCoordinates("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;52,0907;5,1214;155000;463000"));

        Assert.True(result.Report.Valid);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal((ErrorCodes.CoordinatesDisagree, (int?)2, "x_rd", "155000", "M2"),
            (warning.Code, warning.Row, warning.Column, warning.Value, warning.Cell));
        Assert.Equal(
            "The RD point (155000, 463000), at (52.155174 N, 5.387206 E), lies 19.51 km from the point (52.0907 N, 5.1214 E) " +
            "of latitude/longitude. Latitude/longitude is published; x_rd and y_rd are not used.", warning.Message);
        Assert.Equal(ErrorCodes.Describe(ErrorCodes.CoordinatesDisagree).Fix, warning.Suggestion);
        var initiative = Assert.Single(result.Scan!.Initiatives);
        Assert.Equal((52.0907, 5.1214), (initiative.Latitude, initiative.Longitude));
    }

    [Fact]
    public void An_RD_pair_outside_the_Netherlands_beside_latitude_longitude_is_a_warning_that_suggests_the_swap()
    {
        var result = Validate(CsvWithCoordinates("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;52,0907;5,1214;463000;155000"));

        Assert.True(result.Report.Valid);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal((ErrorCodes.CoordinatesDisagree, "463000"), (warning.Code, warning.Value));
        Assert.Contains("lies outside the Netherlands, far from the point (52.0907 N, 5.1214 E)", warning.Message, StringComparison.Ordinal);
        Assert.StartsWith("x_rd and y_rd look swapped", warning.Suggestion, StringComparison.Ordinal);
        Assert.Equal(52.0907, Assert.Single(result.Scan!.Initiatives).Latitude);
    }

    [Fact]
    public void An_RD_cell_that_is_no_number_beside_latitude_longitude_stays_an_error()
    {
        var result = Validate(CsvWithCoordinates("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024;52,0907;5,1214;veel;463000"));

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.TypeError, "x_rd"), (error.Code, error.Column));
        Assert.Empty(result.Report.Warnings);
    }

    [Fact]
    public void A_totals_row_below_the_data_is_one_error_that_names_it()
    {
        var result = Validate(CsvWithIds(
            "UT-1;Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024",
            " Totaal: ;;;;;;;;;;1990",
            "UT-2;Other;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024"));

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.MissingValue, (int?)3, (string?)null, "Totaal:", "A3"), (error.Code, error.Row, error.Column, error.Value, error.Cell));
        Assert.Equal(
            "This row looks like a totals row, not an activity: it starts with 'Totaal:', and its required cells initiatief_naam, provincie, " +
            "werkgebied, aanbieders, activiteit_naam, activiteit_type, doelgroep, digitaliseringsvorm, knelpunten are empty.", error.Message);
        Assert.StartsWith("Delete this row, and any other totals or subtotals row", error.Suggestion, StringComparison.Ordinal);
        Assert.Empty(result.Report.Warnings);
    }

    [Theory]
    [InlineData("EINDTOTAAL;;;;;;;;;")]
    [InlineData(";;;;Subtotaal;;;;;")]
    [InlineData("Total;Utrecht;lokaal;kvk;;;;;;")]
    [InlineData("som :;;;;;;;;;1990")]
    public void A_totals_row_is_told_by_its_first_filled_cell_in_Dutch_or_English(string row)
    {
        var result = Validate(Csv("Scan;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024", row));

        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((ErrorCodes.MissingValue, (string?)null), (error.Code, error.Column));
        Assert.StartsWith("This row looks like a totals row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_named_like_a_total_with_its_required_cells_filled_is_an_activity()
    {
        var result = Validate(Csv("Totaal;Utrecht;lokaal;kvk;Spreekuur;advies;zzp;data;tijd;2024"));

        Assert.True(result.Report.Valid);
        Assert.Equal("Totaal", Assert.Single(result.Scan!.Initiatives).Name);
    }

    [Fact]
    public void A_row_with_empty_required_cells_that_is_no_totals_row_reports_each_cell()
    {
        var result = Validate(Csv("Totalen 2024 Utrecht;;;;;;;;;"));

        Assert.Equal(8, result.Report.Errors.Count);
        Assert.All(result.Report.Errors, e => Assert.Equal(ErrorCodes.MissingValue, e.Code));
        Assert.Equal("provincie", result.Report.Errors[0].Column);
    }

    private static string CsvWithCoordinates(params string[] rows) => Csv(rows).Replace(";startjaar", ";startjaar;latitude;longitude;x_rd;y_rd", StringComparison.Ordinal);

    private static string CsvWithIds(params string[] rows) => "initiatief_id;" + Csv(rows);

    private static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    internal static ScanResult Validate(string csv, string? province = null, ValidationOptions? options = null, TimeProvider? clock = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return new ScanValidator(options ?? ValidationOptions.Default, clock ?? new FixedTimeProvider()).Validate(stream, "scan.csv", province);
    }

    private sealed class ClockAt(int year) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(year, 3, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
