using System.Globalization;
using System.IO.Compression;
using Regioscan.Core.Reading;
using Regioscan.Core.Tests.Validation;
using Xunit.Abstractions;

namespace Regioscan.Core.Tests.Reading;

/// <summary>A large workbook is streamed: memory stays far below the size of its sheet XML. Not a timing test.</summary>
[Collection(MemoryMeasurements.Name)]
public sealed class XlsxMemoryTests(ITestOutputHelper output)
{
    private const int Rows = 100_000;

    [Fact]
    public void A_workbook_of_100k_rows_is_read_without_holding_its_sheet()
    {
        var header = Golden.TestData("Validation/good/rd-coordinates.csv");
        using var csv = File.OpenRead(header);
        var template = XlsxFiles.ReadCsv(csv);
        var workbook = XlsxFiles.Write(Enumerable.Range(0, Rows + 1).Select(i => i == 0
            ? template[0]
            : (0, template[1].Cells.Select((c, col) => col == 21 ? c + " " + i.ToString(CultureInfo.InvariantCulture) : c).ToArray())));
        var sheetBytes = UnpackedSheetBytes(workbook);

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var read = 0;
        using (var file = ScanFileReader.Open(new MemoryStream(workbook), 1L << 30, 1 << 20))
        {
            while (file.Rows!.ReadRow())
            {
                if (++read % 10_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{read:N0} rows; workbook {workbook.Length / 1024.0 / 1024:F1} MiB packed, sheet XML {sheetBytes / 1024.0 / 1024:F1} MiB unpacked; " +
            $"managed heap above baseline while reading: at most {peak / 1024.0 / 1024:F1} MiB."));
        Assert.Equal(Rows + 1, read);
        Assert.True(peak < sheetBytes / 8, $"Reading held {peak:N0} bytes for a sheet of {sheetBytes:N0} bytes.");
    }

    private static long UnpackedSheetBytes(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        return zip.Entries.Where(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)).Sum(e => e.Length);
    }
}
