namespace Regioscan.Core.Reading;

/// <summary>
/// Reading an upload cannot go on. The validator turns this into a file-level issue of the report;
/// it never escapes <c>ScanValidator.Validate</c>.
/// </summary>
public sealed class ScanReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScanReadException(ScanReadFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Creates the exception for a malformed file.</summary>
    public ScanReadException()
        : this(ScanReadFailure.Malformed, "The upload cannot be read.")
    {
    }

    /// <summary>Creates the exception for a malformed file.</summary>
    public ScanReadException(string message)
        : this(ScanReadFailure.Malformed, message)
    {
    }

    /// <summary>Creates the exception for a malformed file.</summary>
    public ScanReadException(string message, Exception innerException)
        : this(ScanReadFailure.Malformed, message, innerException)
    {
    }

    /// <summary>Why reading stopped.</summary>
    public ScanReadFailure Failure { get; }

    /// <summary>The row (as a spreadsheet numbers it) where reading stopped, when known.</summary>
    public int? Row { get; init; }

    /// <summary>The line of the file (as a text editor numbers lines) where that row starts, when known.</summary>
    public long? Line { get; init; }
}
