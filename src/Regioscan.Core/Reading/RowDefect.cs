namespace Regioscan.Core.Reading;

/// <summary>What can be wrong with the layout of a row, as opposed to the values in it.</summary>
public enum RowDefect
{
    /// <summary>A quote opened in the row is never closed, so the rest of the file reads as one cell.</summary>
    UnclosedQuote,
}
