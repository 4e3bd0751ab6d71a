using System.Buffers;
using System.Security.Cryptography;

namespace Regioscan.Storage;

/// <summary>SHA-256 in the form both stores record it: lower-case hex.</summary>
internal static class ContentHash
{
    /// <summary>The metadata key under which writers record the content's SHA-256.</summary>
    public const string MetadataKey = "sha256";

    /// <summary>The SHA-256 of zero bytes.</summary>
    public static readonly string Empty = Of([]);

    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Hashes the rest of <paramref name="source"/>.</summary>
    public static async Task<string> OfAsync(Stream source, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(source, cancellationToken));

    /// <summary>Copies the rest of <paramref name="source"/> to <paramref name="destination"/>, hashing on the way.</summary>
    public static async Task<string> CopyAndHashAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
