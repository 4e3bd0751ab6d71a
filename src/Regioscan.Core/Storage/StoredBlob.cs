namespace Regioscan.Core.Storage;

/// <summary>What the store knows of a blob without reading it.</summary>
/// <param name="Container">Container name.</param>
/// <param name="Name">Blob name within the container (forward slashes).</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="ETag">Opaque version tag for conditional writes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content when the writer recorded it, else null.</param>
/// <param name="LastModified">Time of the last write.</param>
public sealed record StoredBlob(string Container, string Name, long Length, string ETag, string? Sha256, DateTimeOffset LastModified);
