using System.Text;
using Regioscan.Core.Validation;

namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>Builds small scan files in the template's columns: a valid row to start from, changed where a case needs it.</summary>
internal static class ScanCsv
{
    /// <summary>The template's column names, in order.</summary>
    public static IReadOnlyList<string> Header { get; } = [.. ScanTemplate.Columns.Select(c => c.Name)];

    /// <summary>A valid activity row of an initiative in Groningen.</summary>
    public static Dictionary<string, string> ValidRow(int activity = 1, string initiative = "Digitale Werkplaats Groningen") => new(StringComparer.Ordinal)
    {
        ["initiatief_id"] = "GR-1",
        ["initiatief_naam"] = initiative,
        ["omschrijving"] = "Gratis digitale scan en coaching voor het mkb.",
        ["website"] = "https://www.example.nl",
        ["provincie"] = "Groningen",
        ["gemeente"] = "Groningen",
        ["werkgebied"] = "regionaal",
        ["aanbieders"] = "provincie|gemeente",
        ["penvoerder"] = "Economic Board Groningen",
        ["financiering"] = "structureel",
        ["beleidsrationale"] = "kennisspillovers",
        ["startjaar"] = "2021",
        ["eindjaar"] = "",
        ["latitude"] = "53.2194",
        ["longitude"] = "6.5665",
        ["x_rd"] = "",
        ["y_rd"] = "",
        ["contactpersoon"] = "Fictieve Persoon",
        ["contact_email"] = "fictief@example.nl",
        ["contact_telefoon"] = "050 000 0000",
        ["activiteit_id"] = $"A{activity}",
        ["activiteit_naam"] = $"Activiteit {activity}",
        ["activiteit_type"] = "advies",
        ["doelgroep"] = "mkb_breed",
        ["sectoren"] = "alle_sectoren",
        ["digitaliseringsvorm"] = "cybersecurity",
        ["knelpunten"] = "kennis",
        ["bereik_per_jaar"] = "120",
        ["bereik_peiljaar"] = "2024",
        ["impactmeting"] = "output",
    };

    /// <summary>The valid row with one cell changed.</summary>
    public static Dictionary<string, string> With(string column, string value, int activity = 1)
    {
        var row = ValidRow(activity);
        Assert.True(row.ContainsKey(column), column);
        row[column] = value;
        return row;
    }

    /// <summary>A comma-separated UTF-8 file (no BOM) of the rows, quoting cells as RFC 4180 does.</summary>
    public static byte[] Text(params Dictionary<string, string>[] rows) => Encoding.UTF8.GetBytes(Render(rows));

    public static string Render(IEnumerable<Dictionary<string, string>> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Header)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', Header.Select(h => Quote(row[h])))).Append("\r\n");
        }

        return text.ToString();
    }

    public static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    /// <summary>Text with one raw byte sequence put in place of the marker <c>@@</c>.</summary>
    public static byte[] WithBytes(Dictionary<string, string> row, byte[] bytes)
    {
        var text = Encoding.UTF8.GetBytes(Render([row]));
        var marker = text.AsSpan().IndexOf("@@"u8);
        Assert.True(marker >= 0, "no @@ marker");
        return [.. text.AsSpan(0, marker), .. bytes, .. text.AsSpan(marker + 2)];
    }
}
