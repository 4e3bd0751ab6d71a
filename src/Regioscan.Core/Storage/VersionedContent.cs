namespace Regioscan.Core.Storage;

/// <summary>The content of a small blob together with its ETag, for read-modify-write with If-Match.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ETag">The ETag the content was read at.</param>
public sealed record VersionedContent(ReadOnlyMemory<byte> Content, string ETag);
