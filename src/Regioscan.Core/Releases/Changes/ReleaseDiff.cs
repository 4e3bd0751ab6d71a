using Regioscan.Core.Model;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// Compares two releases record by record on their stable ids and published columns. Both inputs are
/// ordered by id, so the comparison is one merge pass over the two lists.
/// </summary>
public static class ReleaseDiff
{
    /// <summary>The changes from <paramref name="previous"/> (null for the first release) to <paramref name="current"/>.</summary>
    public static ChangeSet Compare(ReleaseTables? previous, ReleaseTables current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var initiatives = Merge(
            previous?.Initiatives ?? [], current.Initiatives, PublishedSchema.Initiatives,
            r => r.Initiative.InitiativeId, r => r.Initiative.ProvinceCode, r => r.Initiative.Name);
        var activities = Merge(
            previous?.Activities ?? [], current.Activities, PublishedSchema.Activities,
            a => a.ActivityId, a => a.ProvinceCode, a => a.Name);
        return new ChangeSet(initiatives, activities);
    }

    private static List<RecordChange> Merge<TRow>(
        IReadOnlyList<TRow> before,
        IReadOnlyList<TRow> after,
        IReadOnlyList<Column<TRow>> columns,
        Func<TRow, string> id,
        Func<TRow, string> province,
        Func<TRow, string> name)
    {
        var changes = new List<RecordChange>();
        int i = 0, j = 0;
        while (i < before.Count || j < after.Count)
        {
            var order = i == before.Count ? 1 : j == after.Count ? -1 : string.CompareOrdinal(id(before[i]), id(after[j]));
            if (order < 0)
            {
                var old = before[i++];
                changes.Add(new RecordChange(id(old), province(old), name(old), ChangeType.Removed, []));
            }
            else if (order > 0)
            {
                var added = after[j++];
                changes.Add(new RecordChange(id(added), province(added), name(added), ChangeType.Added, []));
            }
            else
            {
                var old = before[i++];
                var now = after[j++];
                var changed = ChangedColumns(old, now, columns);
                if (changed.Count > 0)
                {
                    changes.Add(new RecordChange(id(now), province(now), name(now), ChangeType.DataChanged, changed));
                }
            }
        }

        return changes;
    }

    private static List<ColumnChange> ChangedColumns<TRow>(TRow old, TRow now, IReadOnlyList<Column<TRow>> columns)
    {
        var changed = new List<ColumnChange>();
        foreach (var column in columns)
        {
            var a = column.Value(old);
            var b = column.Value(now);
            if (!ValuesEqual(a, b))
            {
                changed.Add(new ColumnChange(column.Name, a, b));
            }
        }

        return changed;
    }

    /// <summary>Published-value equality: lists by their items, everything else by value.</summary>
    internal static bool ValuesEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (IReadOnlyList<string> x, IReadOnlyList<string> y) => x.SequenceEqual(y, StringComparer.Ordinal),
        _ => a.Equals(b),
    };
}
