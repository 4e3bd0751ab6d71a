using System.Buffers;

namespace Regioscan.Core.Releases.Staging;

/// <summary>
/// Lines gathered in a buffer that goes to a stream in large writes: writing each line to the stream on its own made
/// one system call per row. Write a line into <see cref="Buffer"/>, end it with <see cref="EndLine"/>, and call
/// <see cref="Flush"/> after the last.
/// </summary>
internal sealed class LineChunks(Stream destination)
{
    private const int Chunk = 1 << 16;

    /// <summary>Where the current line is written.</summary>
    public ArrayBufferWriter<byte> Buffer { get; } = new(Chunk + (Chunk / 4));

    /// <summary>Ends the line with a newline, and writes the buffer to the stream once it holds a chunk.</summary>
    public void EndLine()
    {
        Buffer.GetSpan(1)[0] = (byte)'\n';
        Buffer.Advance(1);
        if (Buffer.WrittenCount >= Chunk)
        {
            Flush();
        }
    }

    /// <summary>Writes what the buffer holds to the stream.</summary>
    public void Flush()
    {
        destination.Write(Buffer.WrittenSpan);
        Buffer.ResetWrittenCount();
    }
}
