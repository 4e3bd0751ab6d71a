using System.Globalization;
using System.Text;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Geography;

namespace Regioscan.Bench.Generator;

/// <summary>Makes one realistic initiative with its activities, in cells as a province's spreadsheet holds them.</summary>
internal sealed class InitiativeFactory
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    /// <summary>Catch-all codes ("all sectors") that a cell holds alone, as people fill them in.</summary>
    private static readonly HashSet<string> Alone = new(StringComparer.Ordinal) { "alle_sectoren", "mkb_breed", "geen_expliciete" };

    private readonly Province _province;
    private readonly IReadOnlyList<Municipality> _municipalities;

    public InitiativeFactory(Province province)
    {
        _province = province;
        _municipalities = Municipalities.All.Where(m => m.ProvinceCode == province.Code).ToArray();
    }

    /// <summary>How many activities the initiative drawn from <paramref name="rng"/> has (the first draw, so a quota can cut it).</summary>
    public static int DrawActivityCount(Rng rng) => 1 + rng.Weighted(TextPools.ActivitiesPerInitiative);

    public GeneratedInitiative Create(Rng rng, string id, int activityCount)
    {
        var municipality = rng.Pick(_municipalities);
        var place = DisplayName(municipality);
        var name = Fill(rng.Pick(TextPools.InitiativeNames), place, null);
        var start = rng.Between(2014, 2025);
        var located = rng.Chance(0.9);
        var contact = rng.Chance(0.85);
        var first = rng.Pick(TextPools.FirstNames);
        var last = rng.Pick(TextPools.LastNames);
        var cells = new[]
        {
            id,
            name,
            Description(rng, name, place),
            rng.Chance(0.9) ? "https://www." + Slug(name) + ".nl" : string.Empty,
            _province.Name,
            rng.Chance(0.92) ? municipality.Name : string.Empty,
            rng.Pick(CodeLookup.Of(CodeListNames.ServiceArea)),
            Multi(rng, CodeListNames.Providers, 1, 3),
            rng.Chance(0.9) ? Fill(rng.Pick(TextPools.LeadOrganisations), place, null) : string.Empty,
            rng.Chance(0.85) ? rng.Pick(CodeLookup.Of(CodeListNames.Funding)) : string.Empty,
            Multi(rng, CodeListNames.PolicyRationale, 0, 2),
            rng.Chance(0.9) ? start.ToString(Invariant) : string.Empty,
            rng.Chance(0.4) ? Math.Min(start + rng.Between(1, 4), 2026).ToString(Invariant) : string.Empty,
            located ? Coordinate(municipality.Latitude + (rng.NextDouble() - 0.5) * 0.016) : string.Empty,
            located ? Coordinate(municipality.Longitude + (rng.NextDouble() - 0.5) * 0.016) : string.Empty,
            contact ? first + " " + last : string.Empty,
            contact && rng.Chance(0.9) ? Slug(first) + "." + Slug(last).Replace("-", string.Empty, StringComparison.Ordinal) + "@" + Slug(name) + ".nl" : string.Empty,
            contact && rng.Chance(0.7) ? Phone(rng) : string.Empty,
        };
        return new GeneratedInitiative(cells, Activities(rng, id, activityCount));
    }

    /// <summary>A description of 80 to 300 characters; also the new text of an initiative changed between rounds.</summary>
    public string Description(Rng rng, string name, string place)
    {
        var target = rng.Between(80, 300);
        var text = new StringBuilder(320);
        var lastSentence = 0;
        while (text.Length < target)
        {
            lastSentence = text.Length;
            text.Append(text.Length > 0 ? " " : string.Empty).Append(Fill(rng.Pick(TextPools.Sentences), place, name));
        }

        if (text.Length <= 300)
        {
            return text.ToString();
        }

        // Too long: without its last sentence if that leaves enough, otherwise cut after a word.
        if (lastSentence >= 80)
        {
            return text.ToString(0, lastSentence);
        }

        var cut = text.ToString(0, 299);
        return cut[..cut.LastIndexOf(' ')] + "…";
    }

    /// <summary>A reach figure of 5 to 5,000 entrepreneurs a year, log-uniform as real figures are.</summary>
    public static string Reach(Rng rng) => ((int)Math.Round(5 * Math.Pow(1000, rng.NextDouble()))).ToString(Invariant);

    private static List<string[]> Activities(Rng rng, string initiativeId, int count)
    {
        var activities = new List<string[]>(count);
        var used = new HashSet<int>();
        var reachYear = rng.Between(2023, 2025).ToString(Invariant);
        for (var i = 0; i < count; i++)
        {
            int kind;
            do
            {
                kind = rng.Next(TextPools.Activities.Count);
            }
            while (!used.Add(kind));

            var (name, type) = TextPools.Activities[kind];
            var reach = rng.Chance(0.93) ? Reach(rng) : string.Empty;
            activities.Add(
            [
                initiativeId + "-A" + (i + 1).ToString(Invariant),
                name,
                type,
                Multi(rng, CodeListNames.TargetGroup, 1, 3),
                Multi(rng, CodeListNames.Sectors, 0, 2),
                Multi(rng, CodeListNames.DigitalisationForm, 1, 3),
                Multi(rng, CodeListNames.Bottlenecks, 1, 3),
                reach,
                reach.Length > 0 ? reachYear : string.Empty,
                rng.Chance(0.75) ? rng.Pick(CodeLookup.Of(CodeListNames.ImpactMeasurement)) : string.Empty,
            ]);
        }

        return activities;
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> distinct codes in list order, joined by <c>|</c>.</summary>
    private static string Multi(Rng rng, string list, int min, int max)
    {
        var codes = CodeLookup.Of(list);
        var count = rng.Between(min, max);
        Span<bool> picked = stackalloc bool[codes.Count];
        for (var n = 0; n < count;)
        {
            var index = rng.Next(codes.Count);
            if (!picked[index])
            {
                picked[index] = true;
                n++;
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < codes.Count; i++)
        {
            if (picked[i] && (count == 1 || !Alone.Contains(codes[i])))
            {
                text.Append(text.Length > 0 ? "|" : string.Empty).Append(codes[i]);
            }
        }

        return text.ToString();
    }

    private string Fill(string pattern, string place, string? name) => pattern
        .Replace("{M}", place, StringComparison.Ordinal)
        .Replace("{P}", _province.Name, StringComparison.Ordinal)
        .Replace("{N}", name ?? string.Empty, StringComparison.Ordinal);

    /// <summary>Six decimals with a decimal comma, as Dutch Excel writes them.</summary>
    private static string Coordinate(double degrees) => degrees.ToString("0.000000", Invariant).Replace('.', ',');

    private static string Phone(Rng rng) => rng.Chance(0.5)
        ? "06 " + rng.Between(10_000_000, 99_999_999).ToString(Invariant)
        : "0" + rng.Between(10, 79).ToString(Invariant) + " " + rng.Between(1_000_000, 9_999_999).ToString(Invariant);

    /// <summary>A municipality's name without the CBS suffix: <c>Bergen (NH.)</c> → <c>Bergen</c>.</summary>
    private static string DisplayName(Municipality municipality)
    {
        var bracket = municipality.Name.IndexOf(" (", StringComparison.Ordinal);
        return bracket < 0 ? municipality.Name : municipality.Name[..bracket];
    }

    /// <summary>Lower-case ASCII letters and digits joined by hyphens, for host names and e-mail addresses.</summary>
    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if ((c == ' ' || c == '-') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
