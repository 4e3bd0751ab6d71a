namespace Regioscan.Core.Demo;

/// <summary>
/// Scales the reach of the broad programmes so that the national total lands near the synthesis'
/// 110,000, whatever the seed: small activities keep their drawn figures, the big ones absorb the rest.
/// </summary>
internal static class ReachCalibration
{
    private const int TargetReach = 110_000;

    /// <summary>Rewrites the programme activities of <paramref name="scans"/> in place.</summary>
    public static void Scale(Random random, SortedDictionary<string, List<DemoInitiative>> scans)
    {
        var activities = scans.Values.SelectMany(list => list).SelectMany(i => i.Activities).ToArray();
        var small = activities.Where(a => !a.Programme).Sum(a => a.Reach ?? 0);
        var programmes = activities.Where(a => a.Programme).Sum(a => a.Reach ?? 0);
        var target = TargetReach + random.Next(-2000, 2001);
        if (programmes == 0 || small >= target)
        {
            return;
        }

        var factor = (double)(target - small) / programmes;
        foreach (var list in scans.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                list[i] = list[i] with
                {
                    Activities = list[i].Activities
                        .Select(a => a.Programme ? a with { Reach = Math.Max(100, (long)Math.Round((a.Reach ?? 0) * factor / 10) * 10) } : a)
                        .ToArray(),
                };
            }
        }
    }
}
