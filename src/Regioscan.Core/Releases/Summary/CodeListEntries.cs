using Regioscan.Core.CodeLists;
using Regioscan.Core.Geography;

namespace Regioscan.Core.Releases.Summary;

/// <summary>Builds the rows of <c>codelists.csv</c>.</summary>
public static class CodeListEntries
{
    /// <summary>The list name under which <c>codelists.csv</c> gives the provinces.</summary>
    public const string ProvinceList = "province";

    /// <summary>
    /// Every code of every list in catalogue order, then the 12 provinces as list
    /// <see cref="ProvinceList"/> (their names are the same in Dutch and English).
    /// </summary>
    public static IReadOnlyList<CodeListEntry> Build(CodeListCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Lists
            .SelectMany(list => list.Codes.Select(code => new CodeListEntry(list.Name, code.Value, code.LabelNl, code.LabelEn)))
            .Concat(Provinces.All.Select(p => new CodeListEntry(ProvinceList, p.Code, p.Name, p.Name)))
            .ToArray();
    }
}
