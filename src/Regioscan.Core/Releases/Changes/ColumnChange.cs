namespace Regioscan.Core.Releases.Changes;

/// <summary>One changed column of a record, with the published values before and after.</summary>
/// <param name="Column">Published column name.</param>
/// <param name="Old">The previous value (string, long, double, list of strings, or null).</param>
/// <param name="New">The new value.</param>
public sealed record ColumnChange(string Column, object? Old, object? New);
