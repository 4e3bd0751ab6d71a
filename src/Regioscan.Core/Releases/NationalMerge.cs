using Regioscan.Core.Model;

namespace Regioscan.Core.Releases;

/// <summary>Merges the latest accepted scan of every province into the national tables.</summary>
public static class NationalMerge
{
    /// <summary>
    /// Concatenates the scans (one per province) and adds each initiative's activity count and reach.
    /// Rows are ordered by id so that identical inputs give identical files.
    /// </summary>
    /// <exception cref="ArgumentException">Two scans of the same province: a bug in the caller.</exception>
    public static ReleaseTables Merge(IEnumerable<ProvinceScan> scans)
    {
        ArgumentNullException.ThrowIfNull(scans);
        var list = scans.ToList();
        var duplicate = list.GroupBy(s => s.ProvinceCode, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"More than one scan of province {duplicate.Key} was given.", nameof(scans));
        }

        var activities = ById(list.SelectMany(s => s.Activities), a => a.ActivityId);
        var byInitiative = new Dictionary<string, (int Count, long? Reach)>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            var (count, reach) = byInitiative.GetValueOrDefault(activity.InitiativeId);
            byInitiative[activity.InitiativeId] = (count + 1, activity.ReachPerYear is { } r ? (reach ?? 0) + r : reach);
        }

        var initiatives = ById(list.SelectMany(s => s.Initiatives), i => i.InitiativeId)
            .Select(i => byInitiative.TryGetValue(i.InitiativeId, out var agg)
                ? new PublishedInitiative(i, agg.Count, agg.Reach)
                : new PublishedInitiative(i, 0, null))
            .ToArray();
        return new ReleaseTables(initiatives, activities);
    }

    /// <summary>
    /// The rows ordered by id (ordinal). Rows usually come in id order already (one scan's, or an upload's), and checking
    /// that is cheaper than sorting again.
    /// </summary>
    internal static T[] ById<T>(IEnumerable<T> rows, Func<T, string> id)
    {
        var array = rows.ToArray();
        for (var i = 1; i < array.Length; i++)
        {
            if (string.CompareOrdinal(id(array[i - 1]), id(array[i])) > 0)
            {
                return [.. array.OrderBy(id, StringComparer.Ordinal)];
            }
        }

        return array;
    }
}
