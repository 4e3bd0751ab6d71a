namespace Regioscan.Core.Tests;

/// <summary>
/// Tests that measure the managed heap run alone: the heap is shared by every test running at the same time,
/// so a measurement next to another test's allocations measures both.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurements
{
    public const string Name = "memory measurements";
}
