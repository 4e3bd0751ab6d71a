using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>Hostile Excel workbooks: zip bombs and XML entity attacks, built in memory.</summary>
internal static class XlsxFiles
{
    // A fixed time in the entries keeps the committed files equal to what is generated.
    private static readonly DateTimeOffset FixedTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
        """;

    private const string WorkbookXml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Regioscan" sheetId="1" r:id="rId1"/></sheets></workbook>
        """;

    /// <summary>A workbook whose sheet inflates to <paramref name="inflatedBytes"/> of repeated XML (about 1000:1).</summary>
    public static byte[] ZipBomb(long inflatedBytes)
    {
        return Workbook(sheet =>
        {
            var head = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            sheet.Write(head);
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)'A');
            for (long written = 0; written < inflatedBytes; written += block.Length)
            {
                sheet.Write(block);
            }

            sheet.Write(Encoding.UTF8.GetBytes("</t></is></c></row></sheetData></worksheet>"));
        });
    }

    /// <summary>A zip whose only sheet is itself a zip bomb: a nested archive.</summary>
    public static byte[] NestedZipBomb() =>
        Workbook(sheet => sheet.Write(ZipBomb(16L << 20)));

    /// <summary>"Billion laughs": nested entities that would expand to gigabytes if a parser expanded them.</summary>
    public static byte[] EntityExpansion()
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        dtd.Append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>");
        return Workbook(sheet => sheet.Write(Encoding.UTF8.GetBytes(dtd.ToString())));
    }

    /// <summary>An external entity (XXE) that would read a local file into a cell.</summary>
    public static byte[] ExternalEntity() =>
        Workbook(sheet => sheet.Write(Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>")));

    /// <summary>A plain zip archive that is not a workbook.</summary>
    public static byte[] PlainZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("readme.txt");
            entry.LastWriteTime = FixedTime;
            using var content = entry.Open();
            content.Write("Dit is geen scan."u8);
        }

        return buffer.ToArray();
    }

    private static byte[] Workbook(Action<Stream> writeSheet)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", s => s.Write(Encoding.UTF8.GetBytes(ContentTypes)));
            Add(zip, "xl/workbook.xml", s => s.Write(Encoding.UTF8.GetBytes(WorkbookXml)));
            Add(zip, "xl/worksheets/sheet1.xml", writeSheet);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
        entry.LastWriteTime = FixedTime;
        using var content = entry.Open();
        write(content);
    }
}
