namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// A change set as the change-log writers read it: the counts first, then each table's records in id
/// order. The records may come from a scratch file (a publish) rather than from memory (<see cref="ChangeSet"/>),
/// so each table is read from the start on every call and only one read of a table may be in progress at a time (the
/// two tables may be read side by side).
/// </summary>
public interface IChangeLog
{
    /// <summary>Per table, how many records were added, removed and changed.</summary>
    ChangeSummary Counts { get; }

    /// <summary>The changed initiatives, in id order.</summary>
    IEnumerable<RecordChange> ReadInitiatives();

    /// <summary>The changed activities, in id order.</summary>
    IEnumerable<RecordChange> ReadActivities();
}
