using Regioscan.Core.Validation;

namespace Regioscan.Cli.Tests.Docs;

/// <summary>The Dutch guide for provinces explains every issue code, with an example and a fix, and links the generated catalogue.</summary>
public sealed class ProvinceGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "provinces.md"));

    [Fact]
    public void Every_issue_code_has_a_section_with_an_example_and_a_fix()
    {
        var sections = Guide.Split("\n### `")[1..].ToDictionary(s => s[..s.IndexOf('`', StringComparison.Ordinal)]);
        Assert.Equal(ErrorCodes.All.Select(c => c.Code).Order(StringComparer.Ordinal), sections.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, section) in sections)
        {
            Assert.True(section.Contains("*Voorbeeld:*", StringComparison.Ordinal) && section.Contains("*Oplossing:*", StringComparison.Ordinal), $"{code} lacks an example or a fix");
        }
    }

    [Fact]
    public void The_guide_links_the_generated_catalogue_and_names_every_template_column()
    {
        Assert.Contains("(error-codes.md)", Guide, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "docs", "error-codes.md")));
        string[] columns =
        [
            "initiatief_id", "initiatief_naam", "omschrijving", "website", "provincie", "gemeente", "werkgebied", "aanbieders",
            "penvoerder", "financiering", "beleidsrationale", "startjaar", "eindjaar", "latitude", "longitude", "x_rd", "y_rd",
            "contactpersoon", "contact_email", "contact_telefoon", "activiteit_id", "activiteit_naam", "activiteit_type",
            "doelgroep", "sectoren", "digitaliseringsvorm", "knelpunten", "bereik_per_jaar", "bereik_peiljaar", "impactmeting",
        ];
        Assert.All(columns, c => Assert.Contains("`" + c + "`", Guide, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RegioscanPipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RegioscanPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
