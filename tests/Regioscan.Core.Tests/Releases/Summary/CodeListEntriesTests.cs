using Regioscan.Core.CodeLists;
using Regioscan.Core.Releases.Summary;

namespace Regioscan.Core.Tests.Releases.Summary;

public sealed class CodeListEntriesTests
{
    [Fact]
    public void Every_code_of_every_list_comes_in_catalogue_order_then_the_provinces()
    {
        var entries = CodeListEntries.Build(CodeListCatalog.Default);

        var expected = CodeListCatalog.Default.Lists.SelectMany(l => l.Codes.Select(c => (l.Name, c.Value))).ToList();
        Assert.Equal(expected, entries.Take(expected.Count).Select(e => (e.List, e.Code)));
        var provinces = entries.Skip(expected.Count).ToList();
        Assert.Equal(12, provinces.Count);
        Assert.All(provinces, p => Assert.Equal("province", p.List));
        Assert.Equal(new CodeListEntry("province", "PV21", "Fryslân", "Fryslân"), provinces[1]);
        Assert.Equal(new CodeListEntry("knelpunten", "tijd", "Gebrek aan tijd", "Lack of time"), entries.Single(e => e.Code == "tijd"));
    }
}
