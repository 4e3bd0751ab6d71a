using System.Collections.Concurrent;
using Regioscan.Core.CodeLists;

namespace Regioscan.Bench.Generator;

/// <summary>The codes of each list of <see cref="CodeListCatalog.Default"/>, in list order, looked up once.</summary>
internal static class CodeLookup
{
    private static readonly ConcurrentDictionary<string, string[]> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string list) =>
        Cache.GetOrAdd(list, name => [.. CodeListCatalog.Default[name].Codes.Select(c => c.Value)]);
}
