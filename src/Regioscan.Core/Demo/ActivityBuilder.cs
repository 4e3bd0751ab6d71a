using Regioscan.Core.CodeLists;

namespace Regioscan.Core.Demo;

/// <summary>Draws the activities of one initiative from its theme.</summary>
internal static class ActivityBuilder
{
    private static readonly string[] ImpactCodes = ["geen", "output", "effect"];
    private static readonly double[] ImpactWeights = [50, 37, 10, 3];

    // The bottleneck an activity type answers first, then others it often answers too.
    private static readonly Dictionary<string, string[]> BottlenecksByType = new(StringComparer.Ordinal)
    {
        ["bewustwording"] = ["bewustzijn", "onoverzichtelijk_aanbod", "kennis"],
        ["kennisdeling"] = ["kennis", "onoverzichtelijk_aanbod", "bewustzijn"],
        ["training"] = ["kennis", "personeel", "tijd"],
        ["advies"] = ["kennis", "tijd", "middelen"],
        ["financiering"] = ["middelen", "tijd"],
        ["experimenteren"] = ["kennis", "middelen", "bewustzijn"],
        ["matchmaking"] = ["onoverzichtelijk_aanbod", "personeel", "kennis"],
        ["onderzoek"] = ["kennis", "personeel"],
    };

    /// <summary>
    /// <paramref name="count"/> activities of distinct kinds. <paramref name="initiativeId"/> null means the
    /// province gives no ids; <paramref name="partialIds"/> leaves a few activities without one.
    /// </summary>
    public static List<DemoActivity> Build(
        Random random, Theme theme, NamePattern pattern, int count, string? initiativeId, bool partialIds)
    {
        var weights = theme.Activities.Select(t => t.Programme ? 0.6 : 1.0).ToList();
        var templates = theme.Activities.ToList();
        var reachYear = random.Chance(0.4) ? 2022 : 2023;
        var impact = random.WeightedIndex(ImpactWeights);
        var activities = new List<DemoActivity>(count);
        for (var i = 0; i < count && templates.Count > 0; i++)
        {
            var index = random.WeightedIndex(weights);
            var template = templates[index];
            templates.RemoveAt(index);
            weights.RemoveAt(index);
            var reach = Reach(random, template);
            activities.Add(new DemoActivity
            {
                SourceId = initiativeId is null || (partialIds && random.Chance(0.06)) ? null : initiativeId + "-" + (i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                Name = template.Name,
                Type = template.Type,
                TargetGroups = CodeOrder.Sort(CodeListNames.TargetGroup, TargetGroups(random, theme)),
                Sectors = CodeOrder.Sort(CodeListNames.Sectors, Sectors(random, theme, pattern)),
                Forms = CodeOrder.Sort(CodeListNames.DigitalisationForm, Forms(random, theme, template)),
                Bottlenecks = CodeOrder.Sort(CodeListNames.Bottlenecks, Bottlenecks(random, theme, template)),
                Reach = reach,
                ReachYear = reach is null ? null : reachYear,
                Impact = Impact(random, impact),
                Programme = template.Programme,
            });
        }

        return activities;
    }

    private static long? Reach(Random random, ActivityTemplate template)
    {
        if (!template.Programme && random.Chance(0.07))
        {
            return null;
        }

        var reach = random.LogUniform(template.MinReach, template.MaxReach);
        // People estimate big numbers roughly.
        return reach >= 200 ? (long)Math.Round(reach / 5.0) * 5 : reach;
    }

    private static List<string> TargetGroups(Random random, Theme theme)
    {
        if (theme.TargetGroups.Contains("mkb_breed") && random.Chance(0.35))
        {
            return ["mkb_breed"];
        }

        return random.PickFront(theme.TargetGroups, 1 + random.WeightedIndex([45, 40, 15]));
    }

    private static List<string> Sectors(Random random, Theme theme, NamePattern pattern)
    {
        if (random.Chance(0.3))
        {
            return [];
        }

        if (pattern.Sector is not null)
        {
            return random.Chance(0.8) ? [pattern.Sector] : [pattern.Sector, random.Pick(theme.Sectors)];
        }

        return random.PickFront(theme.Sectors, random.Chance(0.65) ? 1 : 2);
    }

    private static List<string> Forms(Random random, Theme theme, ActivityTemplate template)
    {
        if (template.Forms is not null)
        {
            var forms = template.Forms.ToList();
            if (random.Chance(0.2))
            {
                forms.Add(random.Pick(theme.Forms));
            }

            return forms;
        }

        return random.PickFront(theme.Forms, 1 + random.WeightedIndex([40, 40, 20]));
    }

    private static List<string> Bottlenecks(Random random, Theme theme, ActivityTemplate template)
    {
        var typical = BottlenecksByType[template.Type];
        var picked = new List<string> { typical[0] };
        if (theme.Bottleneck is not null && random.Chance(0.4))
        {
            picked.Add(theme.Bottleneck);
        }

        if (random.Chance(0.45))
        {
            picked.Add(random.Pick(typical));
        }

        if (random.Chance(0.1))
        {
            picked.Add(random.Pick(CodeListCatalog.Default[CodeListNames.Bottlenecks].Codes).Value);
        }

        return picked;
    }

    private static string? Impact(Random random, int initiativeImpact)
    {
        // Monitoring is mostly a habit of the initiative, now and then of one activity.
        var index = random.Chance(0.8) ? initiativeImpact : random.WeightedIndex(ImpactWeights);
        return index < ImpactCodes.Length ? ImpactCodes[index] : null;
    }
}
