namespace Regioscan.Core.Validation;

/// <summary>The limits an upload must stay within; past them it is rejected with <c>file-too-large</c>.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default limits.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The largest upload in bytes. Default 1 GiB.</summary>
    public long MaxFileBytes { get; init; } = 1L << 30;

    /// <summary>The most data rows (blank rows not counted). Default 5,000,000.</summary>
    public int MaxRows { get; init; } = 5_000_000;

    /// <summary>The most columns in the header row (trailing empty ones not counted). Default 500.</summary>
    public int MaxColumns { get; init; } = 500;

    /// <summary>The longest cell in characters. Default 32,767, the most Excel holds in one cell.</summary>
    public int MaxCellChars { get; init; } = 32_767;
}
