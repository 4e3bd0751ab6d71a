namespace Regioscan.Core.Schema;

/// <summary>The logical type of a published column, mapped per format by the writers.</summary>
public enum ColumnType
{
    /// <summary>Text. CSV: text; Parquet: UTF-8 string; GeoJSON: string.</summary>
    Text,

    /// <summary>Whole number. CSV: digits; Parquet: INT64; GeoJSON: number.</summary>
    WholeNumber,

    /// <summary>Decimal number. CSV: invariant decimal point; Parquet: DOUBLE; GeoJSON: number.</summary>
    RealNumber,

    /// <summary>List of codes. CSV: codes joined with <c>|</c>; Parquet: list of strings; GeoJSON: array.</summary>
    TextList,
}
