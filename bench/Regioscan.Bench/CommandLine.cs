using System.Globalization;

namespace Regioscan.Bench;

/// <summary>The bench's arguments: positionals, <c>--name value</c> options and <c>--flag</c> switches.</summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--validate", "--keep", "--azurite" };
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public CommandLine(IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (Flags.Contains(args[i]))
            {
                _flags.Add(args[i]);
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                _options[args[i]] = i + 1 < args.Count ? args[++i] : throw new ArgumentException(args[i] + " needs a value.");
            }
            else
            {
                positionals.Add(args[i]);
            }
        }

        Positionals = positionals;
    }

    public IReadOnlyList<string> Positionals { get; }

    public bool Has(string flag) => _flags.Contains(flag);

    public int Int(string option, int fallback) =>
        _options.TryGetValue(option, out var text) ? ParseCount(text) : fallback;

    /// <summary>A count such as <c>100000</c>, <c>100_000</c>, <c>100k</c> or <c>1M</c>.</summary>
    public static int ParseCount(string text)
    {
        var t = text.Replace("_", string.Empty, StringComparison.Ordinal).Trim();
        var factor = t.EndsWith('k') || t.EndsWith('K') ? 1_000 : t.EndsWith('m') || t.EndsWith('M') ? 1_000_000 : 1;
        if (factor > 1)
        {
            t = t[..^1];
        }

        return checked(int.Parse(t, NumberStyles.Integer, CultureInfo.InvariantCulture) * factor);
    }

    public static IReadOnlyList<int> ParseCounts(string text) => [.. text.Split(',').Select(ParseCount)];

    /// <summary>Fails on options this mode does not know, so a typo is not silently ignored.</summary>
    public CommandLine Allow(params string[] known)
    {
        var unknown = _options.Keys.Concat(_flags).Where(o => !known.Contains(o)).ToArray();
        return unknown.Length == 0 ? this : throw new ArgumentException("Unknown option(s): " + string.Join(", ", unknown));
    }
}
