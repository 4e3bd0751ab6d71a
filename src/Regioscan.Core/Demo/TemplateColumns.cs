namespace Regioscan.Core.Demo;

/// <summary>The scan template's column names (DESIGN.md, "The scan template") and how a file spells them.</summary>
internal static class TemplateColumns
{
    /// <summary>The columns a file with <paramref name="style"/> has, in template order.</summary>
    public static IReadOnlyList<string> For(FileStyle style)
    {
        var ids = style.IdPrefix is not null;
        var columns = new List<string>();
        if (ids)
        {
            columns.Add("initiatief_id");
        }

        columns.AddRange(["initiatief_naam", "omschrijving", "website", "provincie", "gemeente", "werkgebied", "aanbieders", "penvoerder", "financiering"]);
        if (style.PolicyColumn)
        {
            columns.Add("beleidsrationale");
        }

        columns.AddRange(["startjaar", "eindjaar"]);
        columns.AddRange(style.RdCoordinates ? ["x_rd", "y_rd"] : ["latitude", "longitude"]);
        if (style.ContactColumns)
        {
            columns.AddRange(["contactpersoon", "contact_email", "contact_telefoon"]);
        }

        if (ids)
        {
            columns.Add("activiteit_id");
        }

        columns.AddRange(["activiteit_naam", "activiteit_type", "doelgroep"]);
        if (style.SectorsColumn)
        {
            columns.Add("sectoren");
        }

        columns.AddRange(["digitaliseringsvorm", "knelpunten", "bereik_per_jaar", "bereik_peiljaar", "impactmeting"]);
        return columns;
    }

    /// <summary>The header text of <paramref name="column"/> in <paramref name="style"/>.</summary>
    public static string Header(string column, HeaderStyle style)
    {
        var spaced = char.ToUpperInvariant(column[0]) + column[1..].Replace('_', ' ');
        return style switch
        {
            HeaderStyle.Spaced => spaced,
            // Excel users leave a space behind a name now and then.
            HeaderStyle.SpacedWithTrailingSpaces => column is "digitaliseringsvorm" or "omschrijving" or "bereik_per_jaar" ? spaced + " " : spaced,
            HeaderStyle.UpperHyphen => column.ToUpperInvariant().Replace('_', '-'),
            _ => column,
        };
    }
}
