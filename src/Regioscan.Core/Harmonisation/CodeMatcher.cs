using Regioscan.Core.CodeLists;
using Regioscan.Core.Text;

namespace Regioscan.Core.Harmonisation;

/// <summary>
/// Maps values onto the codes of the code lists: a value matches a code when its normalised text
/// (<see cref="TextKey.Normalise"/>) equals that of the code, its Dutch or English label or a known
/// spelling. The lookup tables are built once per catalogue.
/// </summary>
public sealed class CodeMatcher
{
    private static readonly Lazy<CodeMatcher> DefaultMatcher = new(() => new CodeMatcher(CodeListCatalog.Default));
    private readonly Dictionary<string, ListIndex> _lists;

    /// <summary>Builds the lookup tables of <paramref name="catalog"/>.</summary>
    public CodeMatcher(CodeListCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _lists = catalog.Lists.ToDictionary(l => l.Name, l => new ListIndex(l), StringComparer.Ordinal);
    }

    /// <summary>The matcher of <see cref="CodeListCatalog.Default"/>.</summary>
    public static CodeMatcher Default => DefaultMatcher.Value;

    /// <summary>The catalogue matched against.</summary>
    public CodeListCatalog Catalog { get; }

    /// <summary>The code of list <paramref name="listName"/> that <paramref name="value"/> means, or null.</summary>
    public string? Match(string listName, ReadOnlySpan<char> value) =>
        _lists[listName].Keys.TryGetValue(TextKey.Normalise(value), out var code) ? code : null;

    /// <summary>The code closest to <paramref name="value"/>, or null when none is close.</summary>
    public string? Suggest(string listName, string value) =>
        ClosestMatch.Find(TextKey.Normalise(value), _lists[listName].Suggestions);

    /// <summary>The position of <paramref name="code"/> in its list, for ordering multi-valued cells.</summary>
    public int Order(string listName, string code) => _lists[listName].Order[code];

    private sealed class ListIndex
    {
        public ListIndex(CodeList list)
        {
            Order = list.Positions();
            foreach (var code in list.Codes)
            {
                foreach (var text in (string[])[code.Value, code.LabelNl, code.LabelEn, .. code.Spellings])
                {
                    var key = TextKey.Normalise(text);
                    if (key.Length > 0 && Keys.TryAdd(key, code.Value))
                    {
                        Suggestions.Add(new(key, code.Value));
                    }
                }
            }
        }

        public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

        public List<KeyValuePair<string, string>> Suggestions { get; } = [];

        public Dictionary<string, int> Order { get; }
    }
}
