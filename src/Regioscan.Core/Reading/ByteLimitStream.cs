namespace Regioscan.Core.Reading;

/// <summary>
/// Counts the bytes read from an upload and stops at the configured size, so that an oversized upload
/// is rejected while it streams, whatever its source says about its length.
/// </summary>
internal sealed class ByteLimitStream(Stream source, long maxBytes) : ReadOnlyStream
{
    private long _read;

    public override int Read(Span<byte> buffer)
    {
        var n = source.Read(buffer);
        _read += n;
        if (_read > maxBytes)
        {
            throw new ScanReadException(
                ScanReadFailure.TooLarge,
                $"The file is larger than the limit of {Bytes.Describe(maxBytes)}.");
        }

        return n;
    }
}
