using Regioscan.Core.Tests.Reading;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Validation;

/// <summary>Merged cells, formulas without their result and error values in a workbook's sheet.</summary>
public sealed class WorkbookCellsTests
{
    private static readonly string[] Header =
    [
        "initiatief_id", "initiatief_naam", "website", "provincie", "werkgebied", "aanbieders", "activiteit_naam", "activiteit_type",
        "doelgroep", "digitaliseringsvorm", "knelpunten", "startjaar", "bereik_per_jaar",
    ];

    private static readonly string[] Initiative = ["UT-1", "Digitaal Doen", "https://www.digitaaldoen.nl", "Utrecht", "lokaal", "kvk"];

    [Fact]
    public void Initiative_cells_merged_down_over_its_activities_read_as_their_value_on_every_row()
    {
        // A2:A4 … F2:F4 and L2:L4: Excel keeps the value in row 2 only; rows 3 and 4 show it.
        var merged = string.Concat("ABCDEFL".Select(c => $"""<mergeCell ref="{c}2:{c}4"/>"""));
        var workbook = Workbook(
            [
                [.. Initiative, "Spreekuur", "advies", "zzp", "data", "tijd", "2021", "40"],
                ["", "", "", "", "", "", "Workshop", "training", "zzp", "data", "tijd", "", "25"],
                ["", "", "", "", "", "", "Webinar", "kennisdeling", "zzp", "data", "tijd", "", "60"],
            ],
            $"""<mergeCells count="7">{merged}</mergeCells>""");

        var result = Validate(workbook);

        Assert.Empty(result.Report.Errors);
        var initiative = Assert.Single(result.Scan!.Initiatives);
        Assert.Equal(("UT-1", "https://www.digitaaldoen.nl", 2021), (initiative.SourceId, initiative.Website, initiative.StartYear));
        Assert.Equal(3, result.Scan.Activities.Count(a => a.InitiativeId == initiative.InitiativeId));
    }

    [Fact]
    public void Cells_merged_across_columns_on_a_data_row_are_an_error_naming_the_range()
    {
        var workbook = Workbook(
            [[.. Initiative, "Spreekuur", "advies", "zzp", "data", "tijd", "2021", "40"], [.. Initiative, "Workshop", "training", "zzp", "data", "tijd"]],
            """<mergeCells count="1"><mergeCell ref="K3:M3"/></mergeCells>""");

        var report = Validate(workbook).Report;

        // L3 reads as empty, as the message says; that is not held against it as a second error (a startjaar that differs
        // from the initiative's first row).
        var error = Assert.Single(report.Errors);
        Assert.Equal((ErrorCodes.UnsupportedFormat, "tijd"), (error.Code, error.Value));
        Assert.Equal(((int?)3, "K3", "knelpunten"), (error.Row, error.Cell, error.Column));
        Assert.StartsWith("The cells K3:M3 are merged across columns", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unmerge K3:M3", error.Suggestion, StringComparison.Ordinal);
        Assert.Contains("type the value in each column", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_cell_emptied_by_a_merge_across_columns_is_reported_by_the_merge_alone()
    {
        // G2:H2: activiteit_type (H) reads as empty because of the merge, which says so; it is not also "required and empty".
        var workbook = Workbook(
            [[.. Initiative, "Spreekuur", "", "zzp", "data", "tijd", "2021", "40"]],
            """<mergeCells count="1"><mergeCell ref="G2:H2"/></mergeCells>""");

        var error = Assert.Single(Validate(workbook).Report.Errors);

        Assert.Equal((ErrorCodes.UnsupportedFormat, "G2", "activiteit_naam"), (error.Code, error.Cell, error.Column));
    }

    [Fact]
    public void The_last_template_column_merged_into_a_column_without_a_name_reads_as_its_value()
    {
        // M2:N2: bereik_per_jaar keeps its value in M2, and N holds no template column, so nothing reads as empty.
        var workbook = Workbook(
            [[.. Initiative, "Spreekuur", "advies", "zzp", "data", "tijd", "2021", "40"]],
            """<mergeCells count="1"><mergeCell ref="M2:N2"/></mergeCells>""");

        var result = Validate(workbook);

        Assert.Empty(result.Report.Errors);
        Assert.Equal(40L, Assert.Single(result.Scan!.Activities).ReachPerYear);
    }

    [Fact]
    public void Header_cells_merged_across_columns_are_an_error_and_cells_merged_outside_the_template_columns_are_not()
    {
        var workbook = Workbook(
            [[.. Initiative, "Spreekuur", "advies", "zzp", "data", "tijd", "2021", "40", "notitie", ""]],
            """<mergeCells count="2"><mergeCell ref="L1:M1"/><mergeCell ref="N2:O2"/></mergeCells>""",
            [.. Header[..^1], "", "opmerking", ""]);

        var report = Validate(workbook).Report;

        var error = Assert.Single(report.Errors, e => e.Code == ErrorCodes.UnsupportedFormat);
        Assert.Equal(((int?)1, "L1", "startjaar"), (error.Row, error.Cell, error.Value));
        Assert.StartsWith("The cells L1:M1 are merged, in the header row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_without_its_result_in_an_optional_cell_is_an_error_not_an_empty_cell()
    {
        var workbook = Workbook([[.. Initiative, "Spreekuur", "advies", "zzp", "data", "tijd", "2021", """<c r="M2"><f>2+3</f><v></v></c>"""]]);

        var report = Validate(workbook).Report;

        var error = Assert.Single(report.Errors);
        Assert.Equal((ErrorCodes.TypeError, (int?)2, "M2", "bereik_per_jaar", "=2+3"), (error.Code, error.Row, error.Cell, error.Column, error.Value));
        Assert.Equal("The cell holds a formula (=2+3) without a computed value, so it has no value to read.", error.Message);
        Assert.StartsWith("Open the file in Excel and save it", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_without_its_result_in_a_required_cell_is_not_called_empty()
    {
        var workbook = Workbook([["UT-1", """<c r="B2"><f>"Digitaal "&amp;"Doen"</f></c>""", .. Initiative[2..], "Spreekuur", "advies", "zzp", "data", "tijd"]]);

        var error = Assert.Single(Validate(workbook).Report.Errors);

        Assert.Equal((ErrorCodes.TypeError, "B2", "=\"Digitaal \"&\"Doen\""), (error.Code, error.Cell, error.Value));
    }

    [Fact]
    public void Formulas_with_their_results_read_as_the_results_an_empty_text_result_included()
    {
        var workbook = Workbook([[
            "UT-1", """<c r="B2" t="str"><f>"Digitaal "&amp;"Doen"</f><v>Digitaal Doen</v></c>""", """<c r="C2" t="str"><f>IF(1=0,"x","")</f><v></v></c>""",
            "Utrecht", "lokaal", "kvk", "Spreekuur", "advies", "zzp", "data", "tijd", "2021", """<c r="M2"><f>2+3</f><v>5</v></c>""",
        ]]);

        var result = Validate(workbook);

        Assert.Empty(result.Report.Errors);
        Assert.Equal(("Digitaal Doen", null), (result.Scan!.Initiatives[0].Name, result.Scan.Initiatives[0].Website));
        Assert.Equal(5L, Assert.Single(result.Scan.Activities).ReachPerYear);
    }

    [Fact]
    public void Excel_error_values_in_template_columns_are_errors_naming_the_error_and_its_formula_not_data()
    {
        // A broken reference and a lookup that found nothing, as Excel stores them; an error outside the template is not read.
        var workbook = Workbook(
            [[
                "UT-1", "Digitaal Doen", "https://www.digitaaldoen.nl", "Utrecht", "lokaal", "kvk",
                """<c r="G2" t="e"><f>Blad2!#REF!</f><v>#REF!</v></c>""", "advies", "zzp", "data", "tijd", "2021",
                """<c r="M2" t="e"><v>#N/A</v></c>""", """<c r="N2" t="e"><f>1/0</f><v>#DIV/0!</v></c>""",
            ]],
            header: [.. Header, "notitie"]);

        var report = Validate(workbook).Report;

        Assert.Equal(
            [(ErrorCodes.TypeError, "G2", "activiteit_naam", "#REF!"), (ErrorCodes.TypeError, "M2", "bereik_per_jaar", "#N/A")],
            report.Errors.Select(e => (e.Code, e.Cell!, e.Column!, e.Value!)));
        Assert.Equal("The cell shows the Excel error #REF!: its formula (=Blad2!#REF!) found no value, so the cell has none to read.", report.Errors[0].Message);
        Assert.Equal("The cell shows the Excel error #N/A, which is no value.", report.Errors[1].Message);
        Assert.StartsWith("Correct the formula (a reference to deleted cells gives #REF!, a lookup that finds nothing #N/A)", report.Errors[0].Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void An_excel_error_value_in_a_coded_column_is_called_an_error_not_an_unknown_code()
    {
        var workbook = Workbook([[.. Initiative[..4], """<c r="E2" t="e"><f>VLOOKUP(A2,Codes!A:B,2,FALSE)</f><v>#N/A</v></c>""", "kvk",
            "Spreekuur", "advies", "zzp", "data", "tijd", "2021", "40"]]);

        var error = Assert.Single(Validate(workbook).Report.Errors);

        Assert.Equal((ErrorCodes.TypeError, "E2", "#N/A"), (error.Code, error.Cell, error.Value));
        Assert.Equal("The cell shows the Excel error #N/A: its formula (=VLOOKUP(A2,Codes!A:B,2,FALSE)) found no value, so the cell has none to read.", error.Message);
    }

    private static byte[] Workbook(IEnumerable<string[]> rows, string afterRows = "", string[]? header = null) =>
        XlsxFiles.Raw(XlsxFiles.Sheet([header ?? Header, .. rows], afterRows));

    private static Core.Validation.ScanResult Validate(byte[] workbook) =>
        new ScanValidator(ValidationOptions.Default, new FixedTimeProvider()).Validate(new MemoryStream(workbook), "scan.xlsx", "PV26");
}
