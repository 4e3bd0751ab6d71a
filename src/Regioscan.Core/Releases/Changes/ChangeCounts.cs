namespace Regioscan.Core.Releases.Changes;

/// <summary>How many records of one table changed, by change type.</summary>
/// <param name="Added">Records that are new.</param>
/// <param name="Removed">Records that are gone.</param>
/// <param name="DataChanged">Records with other values.</param>
public readonly record struct ChangeCounts(int Added, int Removed, int DataChanged)
{
    /// <summary>All changed records.</summary>
    public int Total => checked(Added + Removed + DataChanged);

    /// <summary>The number of changes of <paramref name="type"/>.</summary>
    public int Of(ChangeType type) => type switch
    {
        ChangeType.Added => Added,
        ChangeType.Removed => Removed,
        ChangeType.DataChanged => DataChanged,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>These counts with one more change of <paramref name="type"/>.</summary>
    public ChangeCounts Plus(ChangeType type) => type switch
    {
        ChangeType.Added => this with { Added = checked(Added + 1) },
        ChangeType.Removed => this with { Removed = checked(Removed + 1) },
        ChangeType.DataChanged => this with { DataChanged = checked(DataChanged + 1) },
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Counts <paramref name="changes"/>.</summary>
    public static ChangeCounts Count(IEnumerable<RecordChange> changes) =>
        changes.Aggregate(default(ChangeCounts), (counts, change) => counts.Plus(change.Type));
}
