using System.Security.Cryptography;
using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Core.Storage;

/// <summary>Small conveniences over <see cref="IBlobStore"/> shared by the pipeline services.</summary>
public static class BlobStoreExtensions
{
    /// <summary>Reads a JSON blob in the release JSON format, or null when it does not exist.</summary>
    public static async Task<(T Value, string ETag)?> ReadJsonAsync<T>(this IBlobStore store, string container, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var content = await store.ReadAsync(container, name, cancellationToken);
        return content is null ? null : (ReleaseJson.Deserialize<T>(content.Content.Span, $"{container}/{name}"), content.ETag);
    }

    /// <summary>Create-only write of bytes.</summary>
    public static async Task<CreateOutcome> CreateAsync(this IBlobStore store, string container, string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        return await store.CreateAsync(container, name, stream, cancellationToken);
    }

    /// <summary>Lower-case hex SHA-256 of a stream read from its current position to the end.</summary>
    public static async Task<string> Sha256Async(Stream content, CancellationToken cancellationToken = default) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));

    /// <summary>Lower-case hex SHA-256 of bytes.</summary>
    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
