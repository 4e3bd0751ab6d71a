namespace Regioscan.Bench.Generator;

/// <summary>What a later revision changed against the first upload, as the change log should show it.</summary>
internal sealed record ChangeCounts(
    int ChangedInitiatives, int ChangedActivities, int RemovedInitiatives, int RemovedActivities, int AddedInitiatives, int AddedActivities)
{
    public static ChangeCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    public static ChangeCounts operator +(ChangeCounts a, ChangeCounts b) => Add(a, b);

    public static ChangeCounts Add(ChangeCounts a, ChangeCounts b) => new(
        a.ChangedInitiatives + b.ChangedInitiatives, a.ChangedActivities + b.ChangedActivities,
        a.RemovedInitiatives + b.RemovedInitiatives, a.RemovedActivities + b.RemovedActivities,
        a.AddedInitiatives + b.AddedInitiatives, a.AddedActivities + b.AddedActivities);

    public override string ToString() =>
        $"initiatives: {ChangedInitiatives} changed, {RemovedInitiatives} removed, {AddedInitiatives} added; " +
        $"activities: {ChangedActivities} changed, {RemovedActivities} removed, {AddedActivities} added";
}
