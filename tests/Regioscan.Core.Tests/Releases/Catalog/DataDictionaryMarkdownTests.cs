using Regioscan.Core.CodeLists;
using Regioscan.Core.Releases.Catalog;
using Regioscan.Core.Schema;
using Regioscan.Core.Tests.Validation;

namespace Regioscan.Core.Tests.Releases.Catalog;

/// <summary>
/// The data dictionary in docs/consumers.md is <see cref="PublishedSchema"/> rendered, so the guide and the
/// files cannot drift apart. <c>REGIOSCAN_UPDATE_GOLDEN=1</c> rewrites the section.
/// </summary>
public sealed class DataDictionaryMarkdownTests
{
    [Fact]
    public void The_consumer_guide_holds_the_dictionary_generated_from_the_schema()
    {
        var path = Path.Combine(Golden.RepositoryRoot(), "docs", "consumers.md");
        var document = File.ReadAllText(path);
        var expected = DataDictionaryMarkdown.ReplaceSection(document);
        if (expected != document && Environment.GetEnvironmentVariable("REGIOSCAN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
            document = expected;
        }

        Assert.Equal(expected, document);
    }

    [Fact]
    public void Every_column_of_every_table_and_every_code_is_in_the_dictionary()
    {
        var dictionary = DataDictionaryMarkdown.Render();
        var columns = PublishedSchema.Initiatives.Select(c => (c.Name, c.DescriptionEn))
            .Concat(PublishedSchema.Activities.Select(c => (c.Name, c.DescriptionEn)))
            .Concat(PublishedSchema.SummaryByProvince.Select(c => (c.Name, c.DescriptionEn)))
            .Concat(PublishedSchema.CodeLists.Select(c => (c.Name, c.DescriptionEn)));
        foreach (var (name, description) in columns)
        {
            Assert.Contains("| `" + name + "` |", dictionary, StringComparison.Ordinal);
            Assert.Contains(description.Replace("|", "\\|", StringComparison.Ordinal), dictionary, StringComparison.Ordinal);
        }

        foreach (var list in CodeListCatalog.Default.Lists)
        {
            Assert.Contains("#### code-list-" + list.Name + "\n", dictionary, StringComparison.Ordinal);
            Assert.All(list.Codes, code => Assert.Contains("| `" + code.Value + "` | " + code.LabelEn + " | " + code.LabelNl + " |", dictionary, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_document_without_markers_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DataDictionaryMarkdown.ReplaceSection("# Guide\n"));
    }
}
