using System.Collections.Concurrent;
using Regioscan.Core.Demo;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>
/// Sample scans: the demo's data sets. A data set of another seed is a whole new scan of every province
/// (other initiatives, other reach figures), so it serves as "the province uploads a changed file".
/// </summary>
internal static class Samples
{
    private static readonly ConcurrentDictionary<int, DemoDataset> Sets = new();

    public static DemoDataset Demo => Of(DemoScanGenerator.DefaultSeed);

    public static DemoDataset Of(int seed) => Sets.GetOrAdd(seed, s => DemoScanGenerator.Generate(s));

    /// <summary>The first-round upload of <paramref name="province"/> in the data set of <paramref name="seed"/>.</summary>
    public static DemoUpload Upload(int seed, string province) => Of(seed).FirstRound.Single(u => u.ProvinceCode == province);

    /// <summary>Its blob name under uploads/.</summary>
    public static string BlobName(DemoUpload upload, string? suffix = null) =>
        $"{upload.ProvinceCode}/{Path.GetFileNameWithoutExtension(upload.FileName)}{suffix}{Path.GetExtension(upload.FileName)}";
}
