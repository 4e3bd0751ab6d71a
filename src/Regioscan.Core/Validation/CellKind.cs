namespace Regioscan.Core.Validation;

/// <summary>How the cells of a template column are read.</summary>
public enum CellKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A whole number ≥ 0 with optional thousands dots (<c>1.250</c>).</summary>
    Count,

    /// <summary>A year from 1990 to next year.</summary>
    Year,

    /// <summary>WGS84 latitude in degrees (decimal comma or point).</summary>
    Latitude,

    /// <summary>WGS84 longitude in degrees.</summary>
    Longitude,

    /// <summary>RD New easting or northing in metres.</summary>
    RdMetres,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>One code of the column's code list.</summary>
    Code,

    /// <summary>One or more codes of the column's code list.</summary>
    Codes,

    /// <summary>A province by name or CBS code.</summary>
    Province,

    /// <summary>A municipality by name or CBS code.</summary>
    Municipality,
}
