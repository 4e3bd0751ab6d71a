using System.Text.RegularExpressions;

namespace Regioscan.Cli.Tests.Docs;

/// <summary>A fenced code block of a guide: its language, the words after it (<c>run</c>, <c>duckdb</c>, <c>not-run</c>) and its code.</summary>
internal sealed partial record Snippet(string Document, int Line, string Language, IReadOnlyList<string> Marks, string Code)
{
    public override string ToString() => $"{Document}:{Line} ({Language} {string.Join(' ', Marks)})";

    public static IReadOnlyList<Snippet> In(string document, string markdown)
    {
        var snippets = new List<Snippet>();
        foreach (Match match in Fence().Matches(markdown))
        {
            var line = markdown[..match.Index].Count(c => c == '\n') + 1;
            var marks = match.Groups["marks"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            snippets.Add(new Snippet(document, line, match.Groups["language"].Value, marks, match.Groups["code"].Value));
        }

        return snippets;
    }

    [GeneratedRegex(@"^```(?<language>[\w-]+)(?<marks>[^\n]*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
