using DocumentFormat.OpenXml.Spreadsheet;

namespace Regioscan.Core.Template;

/// <summary>The two cell styles of the template: normal text, and bold for header rows.</summary>
internal static class TemplateStyles
{
    /// <summary>The style index of normal text.</summary>
    public const uint Normal = 0;

    /// <summary>The style index of bold text.</summary>
    public const uint Header = 1;

    /// <summary>
    /// The smallest stylesheet Excel opens without repair: two fonts, the two fills Excel reserves, one
    /// border, one cell style, and a cell format per style.
    /// </summary>
    public static Stylesheet Create() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true })
        { Count = 2 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
