using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>
/// A generated section of docs/reliability.md, between <c>&lt;!-- name:begin --&gt;</c> and
/// <c>&lt;!-- name:end --&gt;</c>. The test that produces the figures compares them with the document; with
/// <c>REGIOSCAN_UPDATE_GOLDEN=1</c> it rewrites the section instead (as docs/error-codes.md is kept).
/// </summary>
internal static class DocSection
{
    public static string DocumentPath => RepoPaths.InRoot("docs", "reliability.md");

    public static void AssertMatches(string name, string generated)
    {
        var begin = $"<!-- {name}:begin -->\n";
        var end = $"<!-- {name}:end -->";
        var document = File.ReadAllText(DocumentPath);
        var start = document.IndexOf(begin, StringComparison.Ordinal);
        var stop = document.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"docs/reliability.md has no section '{name}' (markers {begin.Trim()} … {end})");
        var current = document[(start + begin.Length)..stop];
        if (current == generated)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("REGIOSCAN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(DocumentPath, document[..(start + begin.Length)] + generated + document[stop..]);
            return;
        }

        Assert.Equal(current, generated);
    }
}
