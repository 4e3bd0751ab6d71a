namespace Regioscan.Core.Demo;

/// <summary>The few kinds of random choice the generator makes.</summary>
internal static class RandomExtensions
{
    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>One item, each equally likely.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An index into <paramref name="weights"/>, each as likely as its weight.</summary>
    public static int WeightedIndex(this Random random, IReadOnlyList<double> weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>
    /// Up to <paramref name="count"/> distinct items, earlier items more likely (weight 1/(i+1)): the lists
    /// name the most typical codes first.
    /// </summary>
    public static List<T> PickFront<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var left = items.ToList();
        var picked = new List<T>();
        while (picked.Count < count && left.Count > 0)
        {
            var index = random.WeightedIndex(left.Select((_, i) => 1.0 / (i + 1)).ToArray());
            picked.Add(left[index]);
            left.RemoveAt(index);
        }

        return picked;
    }

    /// <summary>A whole number between the bounds (inclusive), log-uniform: small values are as common as in real reach figures.</summary>
    public static long LogUniform(this Random random, int min, int max) =>
        (long)Math.Round(Math.Exp(Math.Log(min) + (random.NextDouble() * (Math.Log(max) - Math.Log(min)))));
}
