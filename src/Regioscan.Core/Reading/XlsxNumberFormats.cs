using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Regioscan.Core.Reading;

/// <summary>
/// Which cell styles of a workbook show numbers as dates, or as only the year of a date: a date is stored as a serial number (42736 for
/// 1 January 2017), and only the style's number format tells it apart from a count.
/// </summary>
internal static class XlsxNumberFormats
{
    /// <summary>
    /// Per cell style (the <c>s</c> of a cell, an index into <c>cellXfs</c>), how its number format shows a number;
    /// empty without a styles part. Read once per workbook, streamed.
    /// </summary>
    public static XlsxDateFormat[] DateStyles(WorkbookStylesPart? styles)
    {
        if (styles is null)
        {
            return [];
        }

        var customDates = new Dictionary<int, XlsxDateFormat>();
        var styleFormats = new List<int>();
        var inCellXfs = false;
        using var reader = OpenXmlReader.Create(styles);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(CellFormats))
            {
                inCellXfs = reader.IsStartElement;
            }
            else if (reader.IsStartElement && reader.ElementType == typeof(NumberingFormat))
            {
                if (Id(reader, "numFmtId") is { } id && DateFormatOf(XlsxRowSource.Attribute(reader, "formatCode")) is var format and not XlsxDateFormat.None)
                {
                    customDates[id] = format;
                }
            }
            else if (inCellXfs && reader.IsStartElement && reader.ElementType == typeof(CellFormat))
            {
                styleFormats.Add(Id(reader, "numFmtId") ?? 0);
            }
        }

        return [.. styleFormats.Select(id => IsBuiltInDate(id) ? XlsxDateFormat.Date : customDates.GetValueOrDefault(id))];
    }

    /// <summary>
    /// Excel's built-in date and time formats: 14–22 (<c>d-m-yyyy</c>, <c>h:mm</c>, …), 45–47 (<c>mm:ss</c>) and the
    /// East Asian dates 27–36 and 50–58.
    /// </summary>
    private static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>
    /// How a custom format code shows a number: as a date or time when it has a day, month, year, hour or second token
    /// outside quoted text, escaped characters and <c>[…]</c> sections (colours, locales such as <c>[$-413]</c>); as
    /// <see cref="XlsxDateFormat.Year"/> when its only such tokens are a four-digit year (<c>yyyy</c>, <c>"jaar "yyyy</c>).
    /// </summary>
    public static XlsxDateFormat DateFormatOf(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return XlsxDateFormat.None;
        }

        var (years, others) = (0, 0);
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var close and >= 0 ? close : code.Length;
                    break;
                case '[':
                    i = code.IndexOf(']', i + 1) is var end and >= 0 ? end : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'Y':
                    // Excel shows y and yy as two digits, which read as no year of a scan; yyy and longer as four.
                    var from = i;
                    while (i + 1 < code.Length && code[i + 1] is 'y' or 'Y')
                    {
                        i++;
                    }

                    if (i - from >= 2)
                    {
                        years++;
                    }
                    else
                    {
                        others++;
                    }

                    break;
                case 'd' or 'D' or 'm' or 'M' or 'h' or 'H' or 's' or 'S':
                    others++;
                    break;
                default:
                    break;
            }
        }

        return others > 0 ? XlsxDateFormat.Date : years > 0 ? XlsxDateFormat.Year : XlsxDateFormat.None;
    }

    private static int? Id(OpenXmlReader reader, string name) =>
        int.TryParse(XlsxRowSource.Attribute(reader, name), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
