namespace Regioscan.Core.Releases.Changes;

/// <summary>How a record changed between two releases.</summary>
public enum ChangeType
{
    /// <summary>The record is new.</summary>
    Added,

    /// <summary>The record is gone.</summary>
    Removed,

    /// <summary>The record is there in both releases with other values.</summary>
    DataChanged,
}
