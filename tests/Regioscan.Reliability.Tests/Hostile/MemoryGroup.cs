namespace Regioscan.Reliability.Tests.Hostile;

/// <summary>Tests that measure the heap run alone, so other tests' allocations do not count against them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryGroup
{
    public const string Name = "Memory";
}
