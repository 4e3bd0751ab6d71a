namespace Regioscan.Core.Demo;

/// <summary>
/// The dialect and the quirks of one province's scan file. Every quirk is one that harmonisation
/// repairs: the file stays valid per the scan template.
/// </summary>
internal sealed record FileStyle
{
    /// <summary>The field separator.</summary>
    public required char Separator { get; init; }

    /// <summary>The line ending after each record.</summary>
    public required string NewLine { get; init; }

    /// <summary>The byte encoding.</summary>
    public required TextEncodingKind Encoding { get; init; }

    /// <summary>Whether coordinates use a decimal comma (Dutch Excel).</summary>
    public bool DecimalComma { get; init; }

    /// <summary>How the column names are spelled.</summary>
    public HeaderStyle Headers { get; init; } = HeaderStyle.Snake;

    /// <summary>What separates the values of a multi-valued cell.</summary>
    public string MultiSeparator { get; init; } = "|";

    /// <summary>How coded values are written.</summary>
    public CodeStyle Codes { get; init; } = CodeStyle.Codes;

    /// <summary>The text of the <c>provincie</c> column.</summary>
    public required string ProvinceText { get; init; }

    /// <summary>How the <c>gemeente</c> column is filled.</summary>
    public MunicipalityStyle Municipalities { get; init; } = MunicipalityStyle.Name;

    /// <summary>Whether reach figures of 1000 and more carry a thousands separator (<c>1.250</c>).</summary>
    public bool ThousandsSeparator { get; init; }

    /// <summary>Whether some coded cells carry stray spaces around their values.</summary>
    public bool ExtraSpaces { get; init; }

    /// <summary>Whether locations are given as RD New <c>x_rd</c>/<c>y_rd</c> instead of latitude/longitude.</summary>
    public bool RdCoordinates { get; init; }

    /// <summary>The prefix of the province's own ids (<c>GR</c> gives <c>GR-014</c>), or null for a file without id columns.</summary>
    public string? IdPrefix { get; init; }

    /// <summary>Whether some initiatives and activities lack their id (ids then derive from the names).</summary>
    public bool PartialIds { get; init; }

    /// <summary>Whether the optional <c>sectoren</c> column is present.</summary>
    public bool SectorsColumn { get; init; } = true;

    /// <summary>Whether the optional <c>beleidsrationale</c> column is present.</summary>
    public bool PolicyColumn { get; init; } = true;

    /// <summary>Whether the optional contact columns are present.</summary>
    public bool ContactColumns { get; init; } = true;

    /// <summary>The file name of the first upload.</summary>
    public required string FileName { get; init; }

    /// <summary>The file name of the re-upload in the second round.</summary>
    public required string SecondFileName { get; init; }

    /// <summary>Whether a cell may hold a line break (not in the tab-separated file, whose readers rarely expect one).</summary>
    public bool AllowsLineBreaks => Separator != '\t';
}
