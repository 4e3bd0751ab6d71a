namespace Regioscan.Core.Reading;

/// <summary>Why reading an upload stopped before its end.</summary>
public enum ScanReadFailure
{
    /// <summary>The upload is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>The content breaks the file format beyond recovery (such as one record larger than any limit).</summary>
    Malformed,
}
