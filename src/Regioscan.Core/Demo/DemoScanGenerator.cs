namespace Regioscan.Core.Demo;

/// <summary>
/// Generates the sample scans of <c>regioscan demo</c>: realistic, seeded uploads for all 12 provinces at
/// the scale of the national synthesis (about 220 initiatives, 600 activities, 110,000 reach per year),
/// each file in its own dialect and with the messiness harmonisation repairs, plus a second round of
/// re-uploads that adds, removes and changes records.
/// </summary>
public static class DemoScanGenerator
{
    /// <summary>The seed of the demo: the year the national synthesis was presented.</summary>
    public const int DefaultSeed = 2023;

    /// <summary>
    /// The sample uploads for <paramref name="seed"/>. The same seed gives byte-identical files; another seed
    /// gives other data with the same shape.
    /// </summary>
    public static DemoDataset Generate(int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var builder = new ScanModelBuilder(random);
        var scans = builder.BuildAll(ProvinceProfiles.All);
        var first = ProvinceProfiles.All
            .Select(profile => Upload(profile, scans[profile.Code], profile.Style.FileName, seed, null))
            .ToArray();

        var changes = new List<string>();
        var changed = SecondRound.Apply(random, builder, scans, changes);
        var second = ProvinceProfiles.All
            .Where(profile => changed.ContainsKey(profile.Code))
            .Select(profile => Upload(profile, changed[profile.Code], profile.Style.SecondFileName, seed, changes))
            .ToArray();
        return new DemoDataset(first, second, changes);
    }

    private static DemoUpload Upload(ProvinceProfile profile, List<DemoInitiative> scan, string fileName, int seed, List<string>? changes)
    {
        var name = Organisations.ProvinceName(profile.Code);
        var what = changes is null
            ? name + ": " + scan.Count + " initiatives, " + scan.Sum(i => i.Activities.Count) + " activities."
            : name + ", re-upload: " + string.Join("; ", changes.Where(c => c.StartsWith(name + " (", StringComparison.Ordinal))
                .Select(c => c[(c.IndexOf(": ", StringComparison.Ordinal) + 2)..])) + ".";
        return new DemoUpload(profile.Code, fileName, ScanFileWriter.Write(profile, scan, seed), what + " " + FileStyleDescription.Of(profile.Style));
    }
}
