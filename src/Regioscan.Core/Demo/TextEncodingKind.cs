namespace Regioscan.Core.Demo;

/// <summary>The byte encodings of the sample files.</summary>
internal enum TextEncodingKind
{
    /// <summary>UTF-8 without a byte order mark.</summary>
    Utf8,

    /// <summary>UTF-8 with a byte order mark, as Excel's "CSV UTF-8" writes it.</summary>
    Utf8WithBom,

    /// <summary>Windows-1252, as Dutch Excel writes a plain "CSV (puntkomma gescheiden)".</summary>
    Windows1252,
}
