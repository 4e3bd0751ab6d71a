namespace Regioscan.Core.Schema;

/// <summary>
/// Whole numbers as the <see cref="object"/> a <see cref="Column{TRow}.Value"/> returns, without a new box for the
/// common ones: years, counts and reach below 4,096 share one box each. Publishing reads every number once per output
/// (CSV, Parquet, GeoJSON, the map's data), so a release of a million activities would otherwise box millions of them.
/// </summary>
internal static class Boxed
{
    private static readonly object[] Small = [.. Enumerable.Range(0, 4096).Select(n => (object)(long)n)];

    /// <summary><paramref name="value"/> as a boxed <see cref="long"/>, or null.</summary>
    public static object? Number(long? value) =>
        value is not { } n ? null : (ulong)n < (ulong)Small.Length ? Small[n] : n;
}
