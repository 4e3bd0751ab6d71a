namespace Regioscan.Core.Reading;

/// <summary>Why reading an upload stopped before its end.</summary>
public enum ScanReadFailure
{
    /// <summary>The upload is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>
    /// One row is larger than any row of a scan can be; nearly always a quote that is never closed, which
    /// makes the rest of the file one cell.
    /// </summary>
    RowTooLarge,

    /// <summary>The content breaks the file format beyond recovery.</summary>
    Malformed,
}
