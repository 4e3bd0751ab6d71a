using Regioscan.Core.CodeLists;

namespace Regioscan.Core.Tests.CodeLists;

public sealed class CodeListTests
{
    [Fact]
    public void Positions_give_every_code_its_place_in_the_list_as_IndexOf_does()
    {
        foreach (var list in CodeListCatalog.Default.Lists)
        {
            var positions = list.Positions();

            Assert.Equal(list.Codes.Count, positions.Count);
            for (var i = 0; i < list.Codes.Count; i++)
            {
                Assert.Equal(i, positions[list.Codes[i].Value]);
                Assert.Equal(i, list.IndexOf(list.Codes[i].Value));
            }

            Assert.False(positions.ContainsKey(list.Codes[0].Value.ToUpperInvariant() + "_niet"));
        }
    }
}
