using Regioscan.Core.Tests.Reading;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Validation;

/// <summary>Formulas without their result in a workbook's sheet.</summary>
public sealed class WorkbookCellsTests
{
    private static readonly string[] Header =
    [
        "initiatief_id", "initiatief_naam", "website", "provincie", "werkgebied", "aanbieders", "activiteit_naam", "activiteit_type",
        "doelgroep", "digitaliseringsvorm", "knelpunten", "startjaar", "bereik_per_jaar",
    ];

    private static readonly string[] Initiative = ["UT-1", "Digitaal Doen", "https://www.digitaaldoen.nl", "Utrecht", "lokaal", "kvk"];

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

    private static byte[] Workbook(IEnumerable<string[]> rows) => XlsxFiles.Raw(XlsxFiles.Sheet([Header, .. rows]));

    private static Core.Validation.ScanResult Validate(byte[] workbook) =>
        new ScanValidator(ValidationOptions.Default, new FixedTimeProvider()).Validate(new MemoryStream(workbook), "scan.xlsx", "PV26");
}
