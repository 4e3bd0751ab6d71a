namespace Regioscan.Bench.Generator;

/// <summary>One initiative's cells (in <see cref="UploadColumns.Initiative"/> order) and its activities' cells.</summary>
internal sealed class GeneratedInitiative(string[] cells, List<string[]> activities)
{
    public string[] Cells { get; } = cells;

    public List<string[]> Activities { get; } = activities;
}
