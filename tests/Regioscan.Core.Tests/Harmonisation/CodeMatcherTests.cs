using Regioscan.Core.CodeLists;
using Regioscan.Core.Harmonisation;

namespace Regioscan.Core.Tests.Harmonisation;

public sealed class CodeMatcherTests
{
    private readonly CodeMatcher _matcher = CodeMatcher.Default;

    [Theory]
    [InlineData("cybersecurity", "cybersecurity")]
    [InlineData("Cyber Security", "cybersecurity")]
    [InlineData("cyber-security", "cybersecurity")]
    [InlineData("Informatiebeveiliging", "cybersecurity")]
    [InlineData("Artificiële intelligentie", "ai")]
    [InlineData("ARTIFICIELE INTELLIGENTIE", "ai")]
    [InlineData("Artificial intelligence", "ai")]
    [InlineData("smart_industry", "smart_industry")]
    public void A_value_matches_its_code_label_or_spelling_ignoring_case_accents_and_punctuation(string value, string code)
    {
        Assert.Equal(code, _matcher.Match(CodeListNames.DigitalisationForm, value));
    }

    [Fact]
    public void A_label_with_commas_matches_whole()
    {
        Assert.Equal("onderwijs", _matcher.Match(CodeListNames.Providers, "Onderwijsinstelling (mbo, hbo, wo)"));
    }

    [Fact]
    public void An_unknown_value_matches_nothing()
    {
        Assert.Null(_matcher.Match(CodeListNames.DigitalisationForm, "blokchain"));
    }

    [Theory]
    [InlineData("cybersecurty", "cybersecurity")]
    [InlineData("kunstmatige inteligentie", "ai")]
    [InlineData("webshops", "online_marketing")]
    public void A_typo_suggests_the_closest_code(string value, string code)
    {
        Assert.Equal(code, _matcher.Suggest(CodeListNames.DigitalisationForm, value));
    }

    [Fact]
    public void A_word_unlike_any_code_suggests_nothing()
    {
        Assert.Null(_matcher.Suggest(CodeListNames.DigitalisationForm, "blokchain"));
    }

    [Fact]
    public void Order_is_the_position_in_the_code_list()
    {
        Assert.True(_matcher.Order(CodeListNames.DigitalisationForm, "online_marketing") < _matcher.Order(CodeListNames.DigitalisationForm, "cybersecurity"));
    }
}
