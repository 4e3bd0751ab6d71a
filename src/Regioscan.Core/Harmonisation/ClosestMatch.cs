namespace Regioscan.Core.Harmonisation;

/// <summary>
/// Finds the closest of a set of normalised keys to a normalised value, for the suggestion of an
/// <c>unknown-code</c>: optimal string alignment distance (a typo, a missing, extra or swapped letter),
/// or a key that the value starts (a truncated word) or that starts the value (an added plural).
/// </summary>
public static class ClosestMatch
{
    /// <summary>The target of the key closest to <paramref name="normalisedValue"/>, or null when none is close.</summary>
    /// <param name="normalisedValue">The value, normalised with <c>TextKey.Normalise</c>.</param>
    /// <param name="candidates">Normalised keys and what each suggests; the first of equally close keys wins.</param>
    public static string? Find(string normalisedValue, IEnumerable<KeyValuePair<string, string>> candidates)
    {
        ArgumentNullException.ThrowIfNull(normalisedValue);
        ArgumentNullException.ThrowIfNull(candidates);
        if (normalisedValue.Length == 0)
        {
            return null;
        }

        var allowed = AllowedDistance(normalisedValue.Length);
        string? best = null;
        var bestDistance = allowed + 1;
        foreach (var (key, target) in candidates)
        {
            var distance = IsTruncationOrPlural(normalisedValue, key)
                ? Math.Min(allowed, Distance(normalisedValue, key, bestDistance))
                : Distance(normalisedValue, key, bestDistance);
            if (distance < bestDistance)
            {
                best = target;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The optimal string alignment distance, or a value above <paramref name="limit"/> once it exceeds it.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var width = b.Length + 1;
        var rows = new int[3 * width];
        Span<int> previous2 = rows.AsSpan(0, width), previous = rows.AsSpan(width, width), current = rows.AsSpan(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    private static int AllowedDistance(int length) => length switch
    {
        <= 4 => 1,
        <= 8 => 2,
        _ => 3,
    };

    private static bool IsTruncationOrPlural(string value, string key) =>
        value.Length >= 4 && key.Length >= 4 &&
        (key.StartsWith(value, StringComparison.Ordinal) || value.StartsWith(key, StringComparison.Ordinal));
}
