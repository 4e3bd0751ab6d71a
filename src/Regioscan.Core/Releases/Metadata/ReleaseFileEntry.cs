namespace Regioscan.Core.Releases.Metadata;

/// <summary>One file of a release as listed in the manifest.</summary>
/// <param name="Name">File name within the release folder.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Rows">Data rows (or features) for tables, null for other files.</param>
/// <param name="Sha256">Lower-case hex SHA-256.</param>
public sealed record ReleaseFileEntry(string Name, long Bytes, long? Rows, string Sha256);
