using System.Text;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>A forward-only stream of a header and <paramref name="rows"/> generated rows, never held in memory whole.</summary>
internal sealed class GeneratedStream(string header, long rows, Func<long, string> row) : Stream
{
    private byte[] _pending = Encoding.UTF8.GetBytes(header);
    private int _offset;
    private long _next;

    public long BytesProduced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_offset == _pending.Length)
            {
                if (_next == rows)
                {
                    break;
                }

                _pending = Encoding.UTF8.GetBytes(row(_next++));
                _offset = 0;
            }

            var take = Math.Min(buffer.Length - written, _pending.Length - _offset);
            _pending.AsSpan(_offset, take).CopyTo(buffer[written..]);
            _offset += take;
            written += take;
        }

        BytesProduced += written;
        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
