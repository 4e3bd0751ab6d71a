using System.Text;
using CsvHelper;
using Regioscan.Core.Demo;
using Regioscan.Core.Text;

namespace Regioscan.Core.Tests.Demo;

/// <summary>
/// A demo upload read back the way an intake would: encoding from the bytes, separator detected by
/// CsvHelper, headers matched to the template ignoring case, spaces, underscores and hyphens.
/// </summary>
internal sealed record ScanFile(
    DemoUpload Upload,
    string EncodingName,
    char Separator,
    string NewLine,
    IReadOnlyList<string> RawHeaders,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static readonly string[] TemplateColumns =
    [
        "initiatief_id", "initiatief_naam", "omschrijving", "website", "provincie", "gemeente", "werkgebied", "aanbieders",
        "penvoerder", "financiering", "beleidsrationale", "startjaar", "eindjaar", "latitude", "longitude", "x_rd", "y_rd",
        "contactpersoon", "contact_email", "contact_telefoon", "activiteit_id", "activiteit_naam", "activiteit_type",
        "doelgroep", "sectoren", "digitaliseringsvorm", "knelpunten", "bereik_per_jaar", "bereik_peiljaar", "impactmeting",
    ];

    public static readonly string[] InitiativeColumns =
    [
        "initiatief_id", "initiatief_naam", "omschrijving", "website", "provincie", "gemeente", "werkgebied", "aanbieders",
        "penvoerder", "financiering", "beleidsrationale", "startjaar", "eindjaar", "latitude", "longitude", "x_rd", "y_rd",
        "contactpersoon", "contact_email", "contact_telefoon",
    ];

    public IReadOnlyList<string> Columns => Rows.Count == 0 ? [] : [.. Rows[0].Keys];

    public static ScanFile Read(DemoUpload upload)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = upload.Content;
        var hasBom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var encoding = hasBom || IsUtf8(bytes) ? null : Encoding.GetEncoding(1252);
        var encodingName = hasBom ? "utf-8-bom" : encoding is null ? "utf-8" : "windows-1252";

        using var reader = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { Encoding = encoding }, leaveOpen: false);
        var headers = reader.Headers.ToArray();
        var columns = headers.Select(Canonical).ToArray();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            Assert.Equal(headers.Length, reader.FieldCount);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                row[columns[i]] = reader.GetString(i);
            }

            rows.Add(row);
        }

        var text = (encoding ?? Encoding.UTF8).GetString(bytes);
        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        var newLine = firstBreak > 0 && text[firstBreak - 1] == '\r' ? "\r\n" : "\n";
        return new ScanFile(upload, encodingName, reader.Separator, newLine, headers, rows);
    }

    public string Text => (EncodingName == "windows-1252" ? Encoding.GetEncoding(1252) : Encoding.UTF8).GetString(Upload.Content);

    private static string Canonical(string header)
    {
        var key = TextKey.Normalise(header);
        return TemplateColumns.SingleOrDefault(c => TextKey.Normalise(c) == key)
            ?? throw new Xunit.Sdk.XunitException("Header '" + header + "' is not a template column.");
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
