using Regioscan.Core.Reading;

namespace Regioscan.Core.Validation;

/// <summary>
/// What the cells of a workbook's sheet hold beyond their text (see <see cref="XlsxRowSource"/>): formulas without their
/// result. Only the template's columns count.
/// </summary>
internal sealed class WorkbookCells(XlsxRowSource source, HeaderMap map)
{
    /// <summary>Whether a cell of a template column on the current row holds a formula without its result: the row is not blank.</summary>
    public bool HasUncomputedFormula()
    {
        var formulas = source.UncomputedFormulas;
        for (var i = 0; i < formulas.Count; i++)
        {
            if (Array.IndexOf(map.CellOfColumn, formulas[i].Cell) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The formula without its result in cell <paramref name="cell"/> of the current row; null when it holds none.</summary>
    public string? UncomputedFormula(int cell)
    {
        var formulas = source.UncomputedFormulas;
        for (var i = 0; i < formulas.Count; i++)
        {
            if (formulas[i].Cell == cell)
            {
                return formulas[i].Formula;
            }
        }

        return null;
    }
}
