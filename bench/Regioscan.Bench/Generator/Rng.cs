namespace Regioscan.Bench.Generator;

/// <summary>
/// SplitMix64: tiny, fast and the same on every runtime, so a seed gives byte-identical files. One
/// instance per initiative (seeded from the seed and the initiative's place) lets round 2 regenerate
/// round 1's initiatives without holding them.
/// </summary>
internal sealed class Rng(ulong state)
{
    private ulong _state = state;

    /// <summary>A generator seeded by several numbers (seed, province, index, revision, purpose).</summary>
    public static Rng For(params ReadOnlySpan<long> parts) => new(Hash(parts));

    /// <summary>A well-mixed 64-bit hash of <paramref name="parts"/>.</summary>
    public static ulong Hash(params ReadOnlySpan<long> parts)
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var part in parts)
        {
            h = Mix(h ^ (ulong)part);
        }

        return h;
    }

    /// <summary>A uniform number in [0, 1) from <paramref name="parts"/>: a decision that needs no generator.</summary>
    public static double Uniform(params ReadOnlySpan<long> parts) => (Hash(parts) >> 11) * (1.0 / (1UL << 53));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index drawn with the given relative weights.</summary>
    public int Weighted(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var roll = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
