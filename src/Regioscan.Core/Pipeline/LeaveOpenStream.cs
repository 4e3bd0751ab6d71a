using System.Security.Cryptography;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// Passes writes through to a scratch stream but leaves it open when disposed, so it can be read back. It
/// hashes what passes, so the sha256 of a release file, an upload's copy or a staged table is known when it is
/// written, without reading it again (the store records it: <see cref="Storage.IBlobStore.CreateFromScratchAsync"/>).
/// </summary>
internal sealed class LeaveOpenStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The sha256 (lowercase hex) of everything written, once the stream is disposed; null before.</summary>
    public string? Sha256 { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.AppendData(buffer);
        inner.Write(buffer);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _hash.AppendData(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing && Sha256 is null)
        {
            inner.Flush();
            Sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset());
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
