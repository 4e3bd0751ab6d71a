using System.Globalization;
using System.Text;
using Regioscan.Core.Geography;

namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// Writes <c>CHANGELOG.md</c>: the change set for people. Summary first, then per province the
/// added, removed and changed records, with old → new values for changed columns. A province's table lists
/// at most <see cref="ListedPerSection"/> records (a first release of a million activities would be a
/// document nobody reads and a string of hundreds of megabytes); the rest are counted, and every record
/// is in <c>changes.json</c>.
/// </summary>
public static class ChangelogMarkdownWriter
{
    /// <summary>The most records listed per province and table.</summary>
    public const int ListedPerSection = 500;

    /// <summary>Renders the change log of <paramref name="version"/>.</summary>
    public static string Render(ChangeSet changes, string version, string? previous, DateTimeOffset publishedAt, string? reason)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Regioscan Digitalisering MKB — release {version}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Published {publishedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        md.Append(previous is null ? " (first release)" : $" — changes against {previous}").Append(".\n");
        if (!string.IsNullOrWhiteSpace(reason))
        {
            md.Append("Reason: ").Append(Escape(reason)).Append('\n');
        }

        md.Append("\n## Summary\n\n| table | added | removed | data changed |\n|---|---:|---:|---:|\n");
        SummaryRow(md, "initiatives", changes.Initiatives);
        SummaryRow(md, "activities", changes.Activities);
        if (changes.IsEmpty)
        {
            md.Append("\nNo record changed.\n");
            return md.ToString();
        }

        var provinces = changes.Initiatives.Concat(changes.Activities)
            .Select(c => c.ProvinceCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var code in provinces)
        {
            var name = Provinces.FindByCode(code)?.Name ?? code;
            md.Append(CultureInfo.InvariantCulture, $"\n## {name} ({code})\n");
            Section(md, "Initiatives", changes.Initiatives.Where(c => c.ProvinceCode == code).ToList());
            Section(md, "Activities", changes.Activities.Where(c => c.ProvinceCode == code).ToList());
        }

        return md.ToString();
    }

    private static void SummaryRow(StringBuilder md, string table, IReadOnlyList<RecordChange> records) =>
        md.Append(CultureInfo.InvariantCulture,
            $"| {table} | {ChangeSet.Count(records, ChangeType.Added)} | {ChangeSet.Count(records, ChangeType.Removed)} | {ChangeSet.Count(records, ChangeType.DataChanged)} |\n");

    private static void Section(StringBuilder md, string title, List<RecordChange> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        md.Append("\n### ").Append(title).Append("\n\n");
        foreach (var record in records.Take(ListedPerSection))
        {
            var verb = record.Type switch
            {
                ChangeType.Added => "added",
                ChangeType.Removed => "removed",
                _ => "changed",
            };
            md.Append(CultureInfo.InvariantCulture, $"- **{verb}** `{record.Id}` {Escape(record.Name)}\n");
            foreach (var column in record.Columns)
            {
                md.Append(CultureInfo.InvariantCulture, $"  - `{column.Column}`: {Show(column.Old)} → {Show(column.New)}\n");
            }
        }

        if (records.Count > ListedPerSection)
        {
            var rest = records.Skip(ListedPerSection).ToList();
            md.Append(CultureInfo.InvariantCulture,
                $"- … and {rest.Count} more ({ChangeSet.Count(rest, ChangeType.Added)} added, {ChangeSet.Count(rest, ChangeType.Removed)} removed, {ChangeSet.Count(rest, ChangeType.DataChanged)} changed); `changes.json` lists every record.\n");
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "_empty_",
        IReadOnlyList<string> list => list.Count == 0 ? "_empty_" : Escape(string.Join(" | ", list)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Escape(value.ToString() ?? string.Empty),
    };

    /// <summary>Text from uploads is shown literally: Markdown and HTML characters are escaped.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                sb.Append(' ');
                continue;
            }

            if ("\\`*_{}[]()#+-.!|<>&".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
