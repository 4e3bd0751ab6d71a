using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Regioscan.Core.Releases.Staging;

/// <summary>Where a line was spooled: its offset and length in bytes (without its newline).</summary>
internal readonly record struct SpoolSlot(long Offset, int Length);

/// <summary>A finished spool as a file: its stream (all of it, from the start) and the SHA-256 of its bytes.</summary>
internal sealed record SpooledFile(Stream Content, string Sha256);

/// <summary>
/// JSON lines appended to a scratch stream as rows are read, and read back later in any order (by id). Intake keeps
/// an upload's rows here instead of in memory: what stays in memory is a slot per row, so ingesting a large upload
/// costs about as much memory as a small one. Each line ends with a newline and the bytes are hashed as they go out, so
/// a spool whose lines came in the order a staged file wants is that file (<see cref="AsFile"/>), and is stored as it
/// is instead of being copied.
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
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _flushed;
    private SpooledFile? _file;

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
    public SpoolSlot Append<T>(T row, JsonTypeInfo<T> typeInfo) => Append(row, typeInfo, [], []);

    /// <summary>
    /// Serialises <paramref name="row"/> as one line between <paramref name="before"/> and <paramref name="after"/>, and
    /// returns where the row is within it (what <see cref="ReadLine"/> and <see cref="ReadLines"/> give back).
    /// </summary>
    public SpoolSlot Append<T>(T row, JsonTypeInfo<T> typeInfo, ReadOnlySpan<byte> before, ReadOnlySpan<byte> after)
    {
        ThrowIfFinished();
        _pending.Write(before);
        var start = Length;
        _json.Reset(_pending);
        JsonSerializer.Serialize(_json, row, typeInfo);
        _json.Flush();
        var slot = new SpoolSlot(start, checked((int)(Length - start)));
        _pending.Write(after);
        EndLine();
        return slot;
    }

    /// <summary>
    /// Ends the spool: every line appended, each followed by a newline, as one stream with its SHA-256. Nothing can be
    /// appended after this; lines can still be read back. The spool still owns the stream.
    /// </summary>
    public SpooledFile AsFile()
    {
        if (_file is null)
        {
            WritePending();
            _stream.Flush();
            _file = new SpooledFile(_stream, Convert.ToHexStringLower(_hash.GetHashAndReset()));
        }

        return _file;
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
        _hash.Dispose();
        _stream.Dispose();
    }

    private void EndLine()
    {
        _pending.GetSpan(1)[0] = (byte)'\n';
        _pending.Advance(1);
        if (_pending.WrittenCount >= Chunk)
        {
            WritePending();
        }
    }

    private void ThrowIfFinished()
    {
        if (_file is not null)
        {
            throw new InvalidOperationException("The spool was ended (AsFile); nothing can be appended to it.");
        }
    }

    private void WritePending()
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        _hash.AppendData(_pending.WrittenSpan);
        _stream.Write(_pending.WrittenSpan);
        _flushed += _pending.WrittenCount;
        _pending.ResetWrittenCount();
    }
}
