using System.IO.Compression;

namespace Regioscan.Core.Reading;

/// <summary>
/// Checks a workbook's ZIP directory before any part is unpacked, so that a small upload that unpacks
/// to gigabytes (a "zip bomb") is refused up front. The directory can lie about sizes; the XML reader's
/// character limit (<c>OpenSettings.MaxCharactersInPart</c>) is the second line that holds when it does.
/// </summary>
internal static class XlsxPackageGuard
{
    /// <summary>
    /// A part that unpacks to more than this many times its packed size is not a spreadsheet. Sheet XML
    /// of repetitive rows packs about 30 to 100 times; bombs pack a thousand times and more.
    /// </summary>
    public const int MaxRatio = 250;

    /// <summary>Parts smaller than this are not judged by their ratio: tiny parts of repeated text pack very well.</summary>
    private const long RatioFloor = 1L << 20;

    /// <summary>Reads the directory of <paramref name="package"/>; leaves the stream open and at an undefined position.</summary>
    /// <exception cref="ScanReadException">The workbook unpacks to too much, or is not a ZIP archive.</exception>
    public static void Check(Stream package, long maxUnpackedBytes)
    {
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > maxUnpackedBytes)
                {
                    throw new ScanReadException(ScanReadFailure.TooLarge,
                        $"The workbook unpacks to more than the limit of {Bytes.Describe(maxUnpackedBytes)}.");
                }

                if (entry.Length > RatioFloor && entry.Length > MaxRatio * Math.Max(entry.CompressedLength, 1))
                {
                    throw new ScanReadException(ScanReadFailure.Malformed,
                        $"its part {entry.FullName} unpacks to {Bytes.Describe(entry.Length)} from " +
                        $"{Bytes.Describe(entry.CompressedLength)}, more than a spreadsheet ever does (a \"zip bomb\").");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ScanReadException(ScanReadFailure.Malformed, $"it is not a valid ZIP archive ({ex.Message.TrimEnd('.')}).", ex);
        }
    }
}
