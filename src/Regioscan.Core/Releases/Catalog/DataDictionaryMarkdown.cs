using System.Text;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Catalog;

/// <summary>
/// The data dictionary of the consumer guide (<c>docs/consumers.md</c>) as Markdown: every table, every column
/// with its type and meaning, and every code list, rendered from the same <see cref="PublishedSchema"/> and
/// <see cref="CodeListCatalog"/> that the writers and <c>datapackage.json</c> use.
/// </summary>
public static class DataDictionaryMarkdown
{
    /// <summary>The line before the generated section in the guide.</summary>
    public const string StartMarker = "<!-- data-dictionary:start (generated from PublishedSchema; do not edit by hand) -->";

    /// <summary>The line after the generated section in the guide.</summary>
    public const string EndMarker = "<!-- data-dictionary:end -->";

    /// <summary>The dictionary, without the markers; lines end with <c>\n</c>.</summary>
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("Schema version ").Append(PublishedSchema.Version)
            .Append(". Types: `text`, `integer` (whole number), `number` (decimal), `list` (codes; `|`-joined in CSV, a list in Parquet and GeoJSON). ")
            .Append("Required columns have a value in every row; any other cell may be empty (NULL).\n");
        foreach (var table in DataPackageWriter.Resources)
        {
            text.Append("\n### ").Append(table.Name).Append(" — ").Append(table.TitleEn).Append(" / ").Append(table.TitleNl).Append("\n\n")
                .Append(table.DescriptionEn).Append(" Primary key: ")
                .Append(string.Join(", ", table.PrimaryKey.Select(k => "`" + k + "`"))).Append(".\n\n")
                .Append("| column | type | required | code list | meaning | betekenis |\n|---|---|---|---|---|---|\n");
            foreach (var field in table.Fields)
            {
                text.Append("| `").Append(field.Name).Append("` | ").Append(TypeName(field.Type)).Append(" | ")
                    .Append(field.Required ? "yes" : "no").Append(" | ")
                    .Append(field.CodeList is null ? string.Empty : "[`" + field.CodeList + "`](#code-list-" + field.CodeList + ")").Append(" | ")
                    .Append(Cell(field.DescriptionEn)).Append(" | ").Append(Cell(field.DescriptionNl)).Append(" |\n");
            }
        }

        text.Append("\n### Code lists\n\nThe codes of every coded column, with their labels; `codelists.csv` in every release holds the same.\n");
        foreach (var list in CodeListCatalog.Default.Lists)
        {
            text.Append("\n#### code-list-").Append(list.Name).Append("\n\n").Append(Cell(list.Description)).Append("\n\n")
                .Append("| code | label (en) | label (nl) |\n|---|---|---|\n");
            foreach (var code in list.Codes)
            {
                text.Append("| `").Append(code.Value).Append("` | ").Append(Cell(code.LabelEn)).Append(" | ").Append(Cell(code.LabelNl)).Append(" |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// <paramref name="document"/> with the text between <see cref="StartMarker"/> and <see cref="EndMarker"/>
    /// replaced by <see cref="Render"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The document lacks a marker.</exception>
    public static string ReplaceSection(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var start = document.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new ArgumentException("The document has no data dictionary markers.", nameof(document));
        }

        var from = start + StartMarker.Length;
        return document[..from] + "\n" + Render() + document[end..];
    }

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Text => "text",
        ColumnType.WholeNumber => "integer",
        ColumnType.RealNumber => "number",
        ColumnType.TextList => "list",
        _ => throw new InvalidOperationException($"No name for {type}."),
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
