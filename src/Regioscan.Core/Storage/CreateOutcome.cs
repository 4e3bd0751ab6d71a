namespace Regioscan.Core.Storage;

/// <summary>The result of a create-only write.</summary>
public enum CreateOutcome
{
    /// <summary>The blob did not exist and was written.</summary>
    Created,

    /// <summary>The blob existed with the same content hash (for example an earlier, retried write): nothing was written.</summary>
    AlreadyExists,
}
