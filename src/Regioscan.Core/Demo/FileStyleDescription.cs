namespace Regioscan.Core.Demo;

/// <summary>Says in words which dialect and quirks a sample file shows (for the demo's output).</summary>
internal static class FileStyleDescription
{
    /// <summary>E.g. <c>Windows-1252, ';'-separated, CRLF, decimal commas; headers like 'Initiatief naam'; Dutch labels instead of codes.</c></summary>
    public static string Of(FileStyle style)
    {
        var encoding = style.Encoding switch
        {
            TextEncodingKind.Windows1252 => "Windows-1252",
            TextEncodingKind.Utf8WithBom => "UTF-8 with BOM",
            _ => "UTF-8",
        };
        var separator = style.Separator == '\t' ? "tab" : "'" + style.Separator + "'";
        var parts = new List<string>
        {
            encoding + ", " + separator + "-separated, " + (style.NewLine == "\r\n" ? "CRLF" : "LF") + (style.DecimalComma ? ", decimal commas" : string.Empty),
        };
        parts.Add(style.Headers switch
        {
            HeaderStyle.Spaced => "headers like 'Initiatief naam'",
            HeaderStyle.SpacedWithTrailingSpaces => "headers like 'Initiatief naam' and 'Digitaliseringsvorm '",
            HeaderStyle.UpperHyphen => "headers like 'ACTIVITEIT-TYPE'",
            _ => "template headers",
        });
        parts.Add(style.Codes switch
        {
            CodeStyle.Labels => "Dutch labels instead of codes",
            CodeStyle.Spellings => "known spellings such as 'workshop' and 'cyber security'",
            CodeStyle.Mixed => "codes, labels and spellings mixed in any case",
            _ => "codes",
        });
        parts.Add("multiple values separated by " + (style.MultiSeparator.Contains('\n', StringComparison.Ordinal) ? "line breaks" : "'" + style.MultiSeparator + "'"));
        parts.Add("province written '" + style.ProvinceText + "'");
        if (style.ThousandsSeparator)
        {
            parts.Add("reach with thousands separators (1.250)");
        }

        if (style.ExtraSpaces)
        {
            parts.Add("stray spaces");
        }

        if (style.RdCoordinates)
        {
            parts.Add("locations in RD New (x_rd, y_rd)");
        }

        parts.Add(style.IdPrefix is null ? "no id columns (ids derive from names)" : style.PartialIds ? "ids on most rows" : "ids on every row");
        return string.Join("; ", parts) + ".";
    }
}
