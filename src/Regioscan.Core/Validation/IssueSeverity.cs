namespace Regioscan.Core.Validation;

/// <summary>Whether an issue rejects the upload.</summary>
public enum IssueSeverity
{
    /// <summary>The upload is rejected until it is fixed.</summary>
    Error,

    /// <summary>The upload is accepted; the issue is worth a look.</summary>
    Warning,
}
