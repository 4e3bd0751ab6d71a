namespace Regioscan.Core.Storage;

/// <summary>
/// A conditional write lost a race: a create-only write found a blob with other content, or an If-Match
/// write found another ETag. Callers catch it to re-read and retry (optimistic concurrency).
/// </summary>
public sealed class StorageConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StorageConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
