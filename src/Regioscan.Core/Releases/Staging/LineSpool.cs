using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Regioscan.Core.Releases.Staging;

/// <summary>Where a line was spooled: its offset and length in bytes (without a newline).</summary>
internal readonly record struct SpoolSlot(long Offset, int Length);

/// <summary>
/// JSON lines appended to a scratch stream as rows are read, and read back later in any order (by id). Intake keeps
/// an upload's rows here instead of in memory: what stays in memory is a slot per row, so ingesting a large upload
/// costs about as much memory as a small one.
/// </summary>
internal sealed class LineSpool : IDisposable
{
    private const int Chunk = 1 << 16;

    /// <summary>
    /// Bytes read at a time when reading lines back. Lines read in the order they were written come from one read per
    /// window; lines read in another order cost a read each, and a small window keeps that read short.
    /// </summary>
    private const int Window = 1 << 13;

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _pending = new(Chunk + (Chunk / 4));
    private readonly Utf8JsonWriter _json;
    private long _flushed;

    /// <summary>Spools into <paramref name="stream"/> (empty, seekable, read/write), which the spool disposes.</summary>
    public LineSpool(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(_pending, StagedScanJson.WriterOptions);
    }

    /// <summary>A reader of a line handed out by <see cref="ReadLines"/>; the span is valid during the call only.</summary>
    public delegate void LineReader(int index, ReadOnlySpan<byte> line);

    /// <summary>Bytes spooled so far.</summary>
    public long Length => _flushed + _pending.WrittenCount;

    /// <summary>Serialises <paramref name="row"/> as one line and returns where it is.</summary>
    public SpoolSlot Append<T>(T row, JsonTypeInfo<T> typeInfo)
    {
        var start = Length;
        _json.Reset(_pending);
        JsonSerializer.Serialize(_json, row, typeInfo);
        _json.Flush();
        var slot = new SpoolSlot(start, checked((int)(Length - start)));
        if (_pending.WrittenCount >= Chunk)
        {
            WritePending();
        }

        return slot;
    }

    /// <summary>A copy of one line (for a message; not for reading many).</summary>
    public byte[] ReadLine(SpoolSlot slot)
    {
        WritePending();
        var line = new byte[slot.Length];
        _stream.Position = slot.Offset;
        _stream.ReadExactly(line);
        _stream.Position = _flushed;
        return line;
    }

    /// <summary>Hands the lines at <paramref name="slots"/> to <paramref name="reader"/>, in that order.</summary>
    public void ReadLines(IReadOnlyList<SpoolSlot> slots, LineReader reader)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(reader);
        WritePending();
        var window = ArrayPool<byte>.Shared.Rent(Window);
        try
        {
            long windowStart = 0;
            var windowLength = 0;
            for (var i = 0; i < slots.Count; i++)
            {
                var slot = slots[i];
                if (slot.Offset < windowStart || slot.Offset + slot.Length > windowStart + windowLength)
                {
                    if (slot.Length > window.Length)
                    {
                        ArrayPool<byte>.Shared.Return(window);
                        window = ArrayPool<byte>.Shared.Rent(slot.Length);
                    }

                    _stream.Position = slot.Offset;
                    windowStart = slot.Offset;
                    windowLength = _stream.ReadAtLeast(window, slot.Length, throwOnEndOfStream: true);
                }

                reader(i, window.AsSpan(checked((int)(slot.Offset - windowStart)), slot.Length));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(window);
            _stream.Position = _flushed;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }

    private void WritePending()
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        _stream.Write(_pending.WrittenSpan);
        _flushed += _pending.WrittenCount;
        _pending.ResetWrittenCount();
    }
}
