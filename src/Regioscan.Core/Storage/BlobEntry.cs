namespace Regioscan.Core.Storage;

/// <summary>What a listing tells of a blob without reading its content: its name, size and time of the last write.</summary>
/// <param name="Container">Container name.</param>
/// <param name="Name">Blob name within the container (forward slashes).</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="LastModified">Time of the last write.</param>
public sealed record BlobEntry(string Container, string Name, long Length, DateTimeOffset LastModified);
