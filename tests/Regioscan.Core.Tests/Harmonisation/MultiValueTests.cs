using Regioscan.Core.Harmonisation;

namespace Regioscan.Core.Tests.Harmonisation;

public sealed class MultiValueTests
{
    [Theory]
    [InlineData("a|b", new[] { "a", "b" })]
    [InlineData("a; b", new[] { "a", "b" })]
    [InlineData("a, b", new[] { "a", "b" })]
    [InlineData("a\nb\r\nc", new[] { "a", "b", "c" })]
    [InlineData(" a | | b |", new[] { "a", "b" })]
    [InlineData("", new string[0])]
    public void Values_are_split_on_every_separator_and_trimmed(string cell, string[] expected)
    {
        Assert.Equal(expected, MultiValue.Split(cell));
    }

    [Fact]
    public void Separators_inside_parentheses_do_not_split()
    {
        Assert.Equal(["Onderwijsinstelling (mbo, hbo, wo)", "Gemeente"], MultiValue.Split("Onderwijsinstelling (mbo, hbo, wo), Gemeente"));
    }

    [Fact]
    public void An_unclosed_parenthesis_still_splits_at_the_end()
    {
        Assert.Equal(["Kleine bedrijven (10–49"], MultiValue.Split("Kleine bedrijven (10–49"));
    }
}
