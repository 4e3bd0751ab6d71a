using Regioscan.Bench.Generator;
using Regioscan.Core.Geography;

namespace Regioscan.Bench.Latency;

/// <summary>
/// The uploads of the latency mode: a national round at the real scan's size (about 600 activities) with
/// Utrecht's upload at 50 activities, then for each round a new Utrecht upload of 50 activities in which
/// some initiatives changed, disappeared or appeared (and the first one always changed, so that every
/// round publishes).
/// </summary>
internal sealed class LatencySetup(string folder, int seed)
{
    public const int Activities = 50;
    public const int NationalActivities = 600;

    public static Province Utrecht { get; } = Provinces.FindByCode("PV26")!;

    /// <summary>The 12 first uploads.</summary>
    public IReadOnlyList<GeneratedFile> Baseline()
    {
        var files = ScanGenerator.WriteAll(Path.Combine(folder, "baseline"), NationalActivities, new GeneratorOptions { Seed = seed }).ToArray();
        var utrecht = Array.FindIndex(files, f => f.ProvinceCode == Utrecht.Code);
        files[utrecht] = ProvinceUploadWriter.Write(files[utrecht].Path, Utrecht, Activities, new GeneratorOptions { Seed = seed });
        return files;
    }

    /// <summary>Utrecht's upload of round <paramref name="round"/> (1, 2, …), written to <paramref name="path"/>.</summary>
    public GeneratedFile Round(int round, string path) => ProvinceUploadWriter.Write(path, Utrecht, Activities, new GeneratorOptions
    {
        Seed = seed,
        Revision = round + 1,
        ChangedShare = 0.1,
        RemovedShare = 0.05,
        AddedShare = 0.05,
        AlwaysChangeFirst = true,
    });
}
