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

    /// <summary>Renders the change log of <paramref name="version"/> as one string (see <see cref="Write"/>).</summary>
    public static string Render(IChangeLog changes, string version, string? previous, DateTimeOffset publishedAt, string? reason)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(changes, version, previous, publishedAt, reason, text);
        return text.ToString();
    }

    /// <summary>
    /// Writes the change log of <paramref name="version"/> to <paramref name="md"/> as it reads the records, each table
    /// once and both side by side: records are in id order and an id starts with its province code, so each table's
    /// records come province by province. Memory holds the record being written, not the document (which at
    /// <see cref="ListedPerSection"/> records per section of 24 can be megabytes).
    /// </summary>
    /// <param name="changes">The change set.</param>
    /// <param name="version">The release it belongs to.</param>
    /// <param name="previous">The release it is compared with; null for a first release.</param>
    /// <param name="publishedAt">When <paramref name="version"/> was published.</param>
    /// <param name="reason">Why it was published, if known.</param>
    /// <param name="md">Receives the document.</param>
    /// <param name="forcedWithSameData">
    /// The release was forced although its data files equal <paramref name="previous"/>'s (only its metadata changed): the
    /// summary says so instead of only "No record changed".
    /// </param>
    /// <exception cref="InvalidDataException">A table's records are not grouped by province in code order.</exception>
    public static void Write(
        IChangeLog changes, string version, string? previous, DateTimeOffset publishedAt, string? reason, TextWriter md, bool forcedWithSameData = false)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(md);
        var counts = changes.Counts;
        md.Write(string.Create(CultureInfo.InvariantCulture, $"# Regioscan Digitalisering MKB — release {version}\n\n"));
        md.Write(string.Create(CultureInfo.InvariantCulture, $"Published {publishedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC"));
        md.Write(previous is null ? " (first release)" : $" — changes against {previous}");
        md.Write(".\n");
        if (!string.IsNullOrWhiteSpace(reason))
        {
            md.Write("Reason: ");
            md.Write(Escape(reason));
            md.Write('\n');
        }

        md.Write("\n## Summary\n\n| table | added | removed | data changed |\n|---|---:|---:|---:|\n");
        SummaryRow(md, "initiatives", counts.Initiatives);
        SummaryRow(md, "activities", counts.Activities);
        if (counts.IsEmpty)
        {
            md.Write("\nNo record changed.\n");
            if (forcedWithSameData)
            {
                md.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\nThe data did not change: every data file is the same as in release {previous}. This release was published on request (forced)"));
                md.Write(string.IsNullOrWhiteSpace(reason) ? " " : ", for the reason above, ");
                md.Write("to publish its metadata again (the catalogue files `dcat.jsonld` and `schema-org.jsonld`, `datapackage.json`, the map).\n");
            }

            return;
        }

        using var initiatives = new ProvinceRecords(changes.ReadInitiatives());
        using var activities = new ProvinceRecords(changes.ReadActivities());
        while ((initiatives.Province ?? activities.Province) is not null)
        {
            var code = initiatives.Province is null || (activities.Province is not null && string.CompareOrdinal(activities.Province, initiatives.Province) < 0)
                ? activities.Province!
                : initiatives.Province;
            var name = Provinces.FindByCode(code)?.Name ?? code;
            md.Write(string.Create(CultureInfo.InvariantCulture, $"\n## {name} ({code})\n"));
            initiatives.WriteSection(md, code, "Initiatives");
            activities.WriteSection(md, code, "Activities");
        }
    }

    private static void SummaryRow(TextWriter md, string table, ChangeCounts counts) =>
        md.Write(string.Create(CultureInfo.InvariantCulture, $"| {table} | {counts.Added} | {counts.Removed} | {counts.DataChanged} |\n"));

    private static void WriteRecord(TextWriter md, RecordChange record)
    {
        var verb = record.Type switch
        {
            ChangeType.Added => "added",
            ChangeType.Removed => "removed",
            _ => "changed",
        };
        md.Write(string.Create(CultureInfo.InvariantCulture, $"- **{verb}** `{record.Id}` {Escape(record.Name)}\n"));
        foreach (var column in record.Columns)
        {
            md.Write(string.Create(CultureInfo.InvariantCulture, $"  - `{column.Column}`: {Show(column.Old)} → {Show(column.New)}\n"));
        }
    }

    /// <summary>One table's records, read one at a time, handed out province by province.</summary>
    private sealed class ProvinceRecords : IDisposable
    {
        private readonly IEnumerator<RecordChange> _records;

        public ProvinceRecords(IEnumerable<RecordChange> records)
        {
            _records = records.GetEnumerator();
            Next();
        }

        /// <summary>The province of the next record; null when every record has been written.</summary>
        public string? Province { get; private set; }

        /// <summary>
        /// Writes the records of <paramref name="province"/>, if the next ones are its: the first <see cref="ListedPerSection"/>
        /// listed, the rest counted.
        /// </summary>
        public void WriteSection(TextWriter md, string province, string title)
        {
            if (Province != province)
            {
                return;
            }

            md.Write("\n### ");
            md.Write(title);
            md.Write("\n\n");
            var listed = 0;
            ChangeCounts rest = default;
            do
            {
                if (listed < ListedPerSection)
                {
                    WriteRecord(md, _records.Current);
                    listed++;
                }
                else
                {
                    rest = rest.Plus(_records.Current.Type);
                }

                Next();
            }
            while (Province == province);

            if (rest.Total > 0)
            {
                md.Write(string.Create(CultureInfo.InvariantCulture,
                    $"- … and {rest.Total} more ({rest.Added} added, {rest.Removed} removed, {rest.DataChanged} changed); `changes.json` lists every record.\n"));
            }
        }

        public void Dispose() => _records.Dispose();

        private void Next()
        {
            var previous = Province;
            Province = _records.MoveNext() ? _records.Current.ProvinceCode : null;
            if (Province is not null && previous is not null && string.CompareOrdinal(Province, previous) < 0)
            {
                throw new InvalidDataException(
                    $"The change log's records are not in id order: {_records.Current.Id} ({Province}) comes after records of {previous}.");
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
