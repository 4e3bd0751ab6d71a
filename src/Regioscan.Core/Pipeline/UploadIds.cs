namespace Regioscan.Core.Pipeline;

/// <summary>Upload ids derive from the content hash, so the same file ingested twice is one scan.</summary>
public static class UploadIds
{
    /// <summary>The upload id of content with SHA-256 <paramref name="sha256"/>: its first 16 hex digits.</summary>
    public static string FromSha256(string sha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        return sha256[..16];
    }
}
