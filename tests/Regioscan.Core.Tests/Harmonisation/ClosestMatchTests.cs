using Regioscan.Core.Harmonisation;

namespace Regioscan.Core.Tests.Harmonisation;

public sealed class ClosestMatchTests
{
    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("cybersecurty", "cybersecurity", 1)]
    [InlineData("utrecth", "utrecht", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_edits_with_a_swap_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, ClosestMatch.Distance(a, b));
    }

    [Fact]
    public void Distance_stops_above_the_limit()
    {
        Assert.True(ClosestMatch.Distance("blokchain", "basisvaardigheden", 2) > 2);
    }

    [Fact]
    public void A_truncated_word_suggests_the_whole_one()
    {
        var candidates = new Dictionary<string, string> { ["cybersecurity"] = "cybersecurity", ["data"] = "data" };

        Assert.Equal("cybersecurity", ClosestMatch.Find("cyber", candidates));
    }

    [Fact]
    public void Nothing_close_suggests_nothing()
    {
        var candidates = new Dictionary<string, string> { ["cybersecurity"] = "cybersecurity", ["data"] = "data" };

        Assert.Null(ClosestMatch.Find("blokchain", candidates));
    }
}
