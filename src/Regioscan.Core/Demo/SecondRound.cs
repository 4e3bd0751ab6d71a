using Regioscan.Core.CodeLists;

namespace Regioscan.Core.Demo;

/// <summary>
/// The changes of the demo's second round, one of each kind a change log shows: an initiative added
/// (Gelderland), one removed (Zeeland), and a reach figure and a code changed (Noord-Brabant).
/// </summary>
internal static class SecondRound
{
    // What an initiative would add to its programme in 2023.
    private static readonly string[] TopicalForms = ["ai", "cybersecurity", "data"];

    /// <summary>The province that adds an initiative.</summary>
    public const string Adding = "PV25";

    /// <summary>The province that removes one.</summary>
    public const string Removing = "PV29";

    /// <summary>The province that changes a reach figure and a code.</summary>
    public const string Changing = "PV30";

    /// <summary>
    /// Applies the changes to copies of the scans of the three provinces and describes each change.
    /// Returns the changed scans keyed by province code.
    /// </summary>
    public static SortedDictionary<string, List<DemoInitiative>> Apply(
        Random random, ScanModelBuilder builder, SortedDictionary<string, List<DemoInitiative>> scans, List<string> changes)
    {
        var changed = new SortedDictionary<string, List<DemoInitiative>>(StringComparer.Ordinal)
        {
            [Adding] = Add(random, builder, scans[Adding], changes),
            [Removing] = Remove(random, scans[Removing], changes),
            [Changing] = Change(random, scans[Changing], changes),
        };
        return changed;
    }

    private static List<DemoInitiative> Add(Random random, ScanModelBuilder builder, List<DemoInitiative> scan, List<string> changes)
    {
        var profile = ProvinceProfiles.All.First(p => p.Code == Adding);
        // A new initiative carries the province's own id, so the change log and the summary can name it.
        var added = builder.BuildInitiative(profile, scan.Count + 1, random.Next(2, 5), alwaysId: true);
        changes.Add(Prefix(Adding) + "initiative added: \"" + added.Name + "\" (" + added.SourceId + ") with "
            + added.Activities.Count + " activities");
        return [.. scan, added];
    }

    private static List<DemoInitiative> Remove(Random random, List<DemoInitiative> scan, List<string> changes)
    {
        var candidates = Enumerable.Range(0, scan.Count).Where(i => scan[i].Activities.Count >= 2).ToArray();
        var index = candidates.Length > 0 ? random.Pick(candidates) : random.Next(scan.Count);
        var removed = scan[index];
        changes.Add(Prefix(Removing) + "initiative removed: \"" + removed.Name + "\" with its "
            + removed.Activities.Count + " activities");
        return scan.Where((_, i) => i != index).ToList();
    }

    private static List<DemoInitiative> Change(Random random, List<DemoInitiative> scan, List<string> changes)
    {
        var result = scan.ToList();
        var withIds = result.SelectMany((initiative, i) => initiative.Activities
                .Select((activity, a) => (i, a, activity))
                .Where(x => x.activity.SourceId is not null))
            .ToArray();

        // The reach figure: an activity that reports one, growing by a believable step.
        var reachable = withIds.Where(x => x.activity.Reach is >= 50 && !x.activity.Programme).ToArray();
        var (ri, ra, reached) = random.Pick(reachable.Length > 0 ? reachable : withIds.Where(x => x.activity.Reach is > 0).ToArray());
        var oldReach = reached.Reach!.Value;
        var newReach = oldReach + Math.Max(5, (long)Math.Round(oldReach * 0.25 / 5) * 5);
        result[ri] = Replace(result[ri], ra, reached with { Reach = newReach });
        changes.Add(Prefix(Changing) + "reach per year of activity \"" + reached.Name + "\" (" + reached.SourceId + ") of \""
            + result[ri].Name + "\" changed from " + oldReach + " to " + newReach);

        // The code: one form of digitalisation of another activity replaced by a topical one it did not have.
        var (ci, ca, coded) = random.Pick(withIds.Where(x => (x.i, x.a) != (ri, ra) && TopicalForms.Except(x.activity.Forms).Any()).ToArray());
        var oldForm = random.Pick(coded.Forms);
        var newForm = random.Pick(TopicalForms.Except(coded.Forms).ToArray());
        var forms = CodeOrder.Sort(CodeListNames.DigitalisationForm, coded.Forms.Select(f => f == oldForm ? newForm : f));
        result[ci] = Replace(result[ci], ca, coded with { Forms = forms });
        changes.Add(Prefix(Changing) + "digitaliseringsvorm of activity \"" + coded.Name + "\" (" + coded.SourceId + ") of \""
            + result[ci].Name + "\" changed from " + string.Join('|', coded.Forms) + " to " + string.Join('|', forms));
        return result;
    }

    private static DemoInitiative Replace(DemoInitiative initiative, int index, DemoActivity activity) =>
        initiative with { Activities = initiative.Activities.Select((a, i) => i == index ? activity : a).ToArray() };

    private static string Prefix(string code) => Organisations.ProvinceName(code) + " (" + code + "): ";
}
