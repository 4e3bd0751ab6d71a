namespace Regioscan.Storage.Azure;

/// <summary>
/// Content to upload together with its SHA-256, which must be known before the upload because it goes
/// into the blob's metadata. A seekable stream is hashed and rewound; any other stream is spooled to a
/// temporary file while hashing, so large blobs never sit in memory.
/// </summary>
internal sealed class HashedContent : IAsyncDisposable
{
    private readonly FileStream? _spool;

    private HashedContent(Stream stream, string sha256, FileStream? spool)
    {
        Stream = stream;
        Sha256 = sha256;
        _spool = spool;
    }

    public Stream Stream { get; }

    public string Sha256 { get; }

    /// <summary>Content whose SHA-256 its writer computed: not read twice.</summary>
    public static HashedContent Known(Stream content, string sha256) => new(content, sha256, spool: null);

    public static async Task<HashedContent> PrepareAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek)
        {
            var start = content.Position;
            var sha256 = await ContentHash.OfAsync(content, cancellationToken);
            content.Position = start;
            return new HashedContent(content, sha256, spool: null);
        }

        var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"regioscan-upload-{Guid.NewGuid():N}"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var sha256 = await ContentHash.CopyAndHashAsync(content, spool, cancellationToken);
            spool.Position = 0;
            return new HashedContent(spool, sha256, spool);
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _spool?.DisposeAsync() ?? ValueTask.CompletedTask;
}
