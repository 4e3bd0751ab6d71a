using Regioscan.Core.CodeLists;

namespace Regioscan.Core.Demo;

/// <summary>Puts generated codes in code-list order, as harmonised scans hold them.</summary>
internal static class CodeOrder
{
    /// <summary>The distinct codes of <paramref name="codes"/> in the order of list <paramref name="list"/>.</summary>
    /// <exception cref="InvalidOperationException">A code the list does not have: a bug in the demo's tables.</exception>
    public static IReadOnlyList<string> Sort(string list, IEnumerable<string> codes)
    {
        var codeList = CodeListCatalog.Default[list];
        return codes
            .Distinct(StringComparer.Ordinal)
            .Select(code => (code, index: codeList.IndexOf(code)))
            .Select(c => c.index >= 0 ? c : throw new InvalidOperationException("Code '" + c.code + "' is not in list " + list + "."))
            .OrderBy(c => c.index)
            .Select(c => c.code)
            .ToArray();
    }
}
