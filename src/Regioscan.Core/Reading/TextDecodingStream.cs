using System.Buffers;
using System.Text;

namespace Regioscan.Core.Reading;

/// <summary>
/// Turns an upload into UTF-8 while it streams, whatever Excel saved it as: UTF-8 with or without a
/// byte order mark, Windows-1252 (Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)"), or
/// UTF-16 with a byte order mark ("Unicode-tekst").
/// </summary>
/// <remarks>
/// Without a byte order mark the encoding is decided at the first non-ASCII byte, looking at up to
/// 64 KiB from there: Windows-1252 text practically never holds valid UTF-8 sequences, and UTF-8 text
/// holds few invalid ones. The ASCII before that byte reads the same in both, so nothing read earlier
/// changes. UTF-8 passes through untouched (CsvHelper replaces invalid sequences by U+FFFD, which the
/// validator reports as <c>encoding-error</c>); the others are transcoded with
/// <see cref="Encoding.CreateTranscodingStream"/>.
/// </remarks>
internal sealed class TextDecodingStream : ReadOnlyStream
{
    private const int WindowSize = 64 * 1024;
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    private readonly Stream _source;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private bool _sourceEnded;
    private bool _decided;
    private Stream? _transcoded;

    /// <param name="source">The rest of the upload, after <paramref name="prefix"/>.</param>
    /// <param name="prefix">The first bytes of the upload, already read; this stream takes it over.</param>
    /// <param name="length">How many bytes of <paramref name="prefix"/> hold data.</param>
    /// <param name="sourceEnded">Whether <paramref name="source"/> has nothing more.</param>
    public TextDecodingStream(Stream source, byte[] prefix, int length, bool sourceEnded)
    {
        _source = source;
        _buffer = prefix.Length >= WindowSize ? prefix : Grow(prefix, length);
        _end = length;
        _sourceEnded = sourceEnded;
        var start = _buffer.AsSpan(0, length);
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
            _decided = true;
            EncodingName = "utf-8-bom";
        }
        else if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            Transcode(Encoding.Unicode, skip: 2);
            EncodingName = "utf-16le";
        }
        else if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            Transcode(Encoding.BigEndianUnicode, skip: 2);
            EncodingName = "utf-16be";
        }
        else
        {
            EncodingName = "utf-8";
        }
    }

    /// <summary>The encoding as far as it is known; final once the stream has been read to its end.</summary>
    public string EncodingName { get; private set; }

    /// <summary>The first bytes of the upload as text, for sniffing the dialect (ASCII-compatible).</summary>
    public string PeekText(int maxChars)
    {
        if (EncodingName is "utf-16le" or "utf-16be")
        {
            var encoding = EncodingName == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode;
            var bytes = _buffer.AsSpan(2, Math.Min(_end - 2, maxChars * 2) & ~1);
            return encoding.GetString(bytes);
        }

        // Latin-1 maps each byte to one char: separators, quotes and line breaks read right in every
        // ASCII-compatible encoding.
        return Encoding.Latin1.GetString(_buffer.AsSpan(_start, Math.Min(_end - _start, maxChars)));
    }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (_transcoded is not null)
        {
            return _transcoded.Read(buffer);
        }

        if (_start == _end)
        {
            if (_decided)
            {
                return _sourceEnded ? 0 : _source.Read(buffer);
            }

            if (!Refill())
            {
                return 0;
            }
        }

        var available = _buffer.AsSpan(_start, _end - _start);
        if (!_decided)
        {
            var firstNonAscii = available.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (firstNonAscii == 0)
            {
                Decide();
                return Read(buffer);
            }

            if (firstNonAscii > 0)
            {
                available = available[..firstNonAscii];
            }
        }

        var n = Math.Min(buffer.Length, available.Length);
        available[..n].CopyTo(buffer);
        _start += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _transcoded?.Dispose();
        }

        base.Dispose(disposing);
    }

    internal static bool LooksLikeUtf8(ReadOnlySpan<byte> window, bool final)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < window.Length)
        {
            var next = window[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (next < 0)
            {
                break;
            }

            i += next;
            var status = Rune.DecodeFromUtf8(window[i..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                valid++;
            }
            else if (status == OperationStatus.NeedMoreData && !final)
            {
                break;
            }
            else
            {
                invalid++;
            }

            i += Math.Max(consumed, 1);
        }

        return invalid == 0 || valid > invalid;
    }

    private static byte[] Grow(byte[] prefix, int length)
    {
        var buffer = new byte[WindowSize];
        prefix.AsSpan(0, length).CopyTo(buffer);
        return buffer;
    }

    private bool Refill()
    {
        _start = 0;
        _end = 0;
        if (_sourceEnded)
        {
            return false;
        }

        var n = _source.Read(_buffer);
        if (n == 0)
        {
            _sourceEnded = true;
            return false;
        }

        _end = n;
        return true;
    }

    private void Decide()
    {
        // Gather a window from the first non-ASCII byte on, so the decision rests on more than one character.
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        while (!_sourceEnded && _end < _buffer.Length)
        {
            var n = _source.Read(_buffer.AsSpan(_end));
            if (n == 0)
            {
                _sourceEnded = true;
            }

            _end += n;
        }

        _decided = true;
        if (!LooksLikeUtf8(_buffer.AsSpan(_start, _end - _start), _sourceEnded))
        {
            Transcode(Windows1252.Value, skip: 0);
            EncodingName = "windows-1252";
        }
    }

    private void Transcode(Encoding from, int skip)
    {
        _decided = true;
        var pending = _buffer.AsMemory(_start + skip, _end - _start - skip);
        _transcoded = Encoding.CreateTranscodingStream(
            new PrefixedStream(pending, _sourceEnded ? Null : _source), from, Utf8NoBom, leaveOpen: true);
    }
}
