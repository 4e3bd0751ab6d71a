namespace Regioscan.Core.Demo;

/// <summary>
/// A <see cref="Random"/> per file cell, seeded from the cell's identity rather than its position: adding
/// or removing an initiative leaves how every other cell is spelled unchanged, so a re-upload differs
/// from the first only where the data changed.
/// </summary>
internal static class StableRandom
{
    /// <summary>A generator for the cell named by <paramref name="parts"/> under <paramref name="seed"/>.</summary>
    public static Random For(int seed, params ReadOnlySpan<string> parts)
    {
        // FNV-1a: string.GetHashCode differs between processes.
        var hash = 2166136261u ^ (uint)seed;
        foreach (var part in parts)
        {
            foreach (var c in part)
            {
                hash = (hash ^ c) * 16777619u;
            }

            hash = (hash ^ 0x1F) * 16777619u;
        }

        return new Random((int)(hash & int.MaxValue));
    }
}
