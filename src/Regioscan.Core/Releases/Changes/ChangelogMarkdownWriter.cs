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

    /// <summary>Renders the change log of <paramref name="version"/>, reading each table of <paramref name="changes"/> once.</summary>
    public static string Render(IChangeLog changes, string version, string? previous, DateTimeOffset publishedAt, string? reason)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var counts = changes.Counts;
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Regioscan Digitalisering MKB — release {version}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Published {publishedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        md.Append(previous is null ? " (first release)" : $" — changes against {previous}").Append(".\n");
        if (!string.IsNullOrWhiteSpace(reason))
        {
            md.Append("Reason: ").Append(Escape(reason)).Append('\n');
        }

        md.Append("\n## Summary\n\n| table | added | removed | data changed |\n|---|---:|---:|---:|\n");
        SummaryRow(md, "initiatives", counts.Initiatives);
        SummaryRow(md, "activities", counts.Activities);
        if (counts.IsEmpty)
        {
            md.Append("\nNo record changed.\n");
            return md.ToString();
        }

        // The document is per province, the records per table: one read of each table fills every province's section.
        var initiatives = Sections(changes.ReadInitiatives());
        var activities = Sections(changes.ReadActivities());
        foreach (var code in initiatives.Keys.Union(activities.Keys).Order(StringComparer.Ordinal))
        {
            var name = Provinces.FindByCode(code)?.Name ?? code;
            md.Append(CultureInfo.InvariantCulture, $"\n## {name} ({code})\n");
            initiatives.GetValueOrDefault(code)?.AppendTo(md, "Initiatives");
            activities.GetValueOrDefault(code)?.AppendTo(md, "Activities");
        }

        return md.ToString();
    }

    private static void SummaryRow(StringBuilder md, string table, ChangeCounts counts) =>
        md.Append(CultureInfo.InvariantCulture, $"| {table} | {counts.Added} | {counts.Removed} | {counts.DataChanged} |\n");

    private static Dictionary<string, Section> Sections(IEnumerable<RecordChange> records)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!sections.TryGetValue(record.ProvinceCode, out var section))
            {
                sections[record.ProvinceCode] = section = new Section();
            }

            section.Add(record);
        }

        return sections;
    }

    /// <summary>One province's records of one table: the first <see cref="ListedPerSection"/> as text, the rest counted.</summary>
    private sealed class Section
    {
        private readonly StringBuilder _listed = new();
        private int _count;
        private ChangeCounts _rest;

        public void Add(RecordChange record)
        {
            if (_count++ >= ListedPerSection)
            {
                _rest = _rest.Plus(record.Type);
                return;
            }

            var verb = record.Type switch
            {
                ChangeType.Added => "added",
                ChangeType.Removed => "removed",
                _ => "changed",
            };
            _listed.Append(CultureInfo.InvariantCulture, $"- **{verb}** `{record.Id}` {Escape(record.Name)}\n");
            foreach (var column in record.Columns)
            {
                _listed.Append(CultureInfo.InvariantCulture, $"  - `{column.Column}`: {Show(column.Old)} → {Show(column.New)}\n");
            }
        }

        public void AppendTo(StringBuilder md, string title)
        {
            md.Append("\n### ").Append(title).Append("\n\n").Append(_listed);
            if (_rest.Total > 0)
            {
                md.Append(CultureInfo.InvariantCulture,
                    $"- … and {_rest.Total} more ({_rest.Added} added, {_rest.Removed} removed, {_rest.DataChanged} changed); `changes.json` lists every record.\n");
            }
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
