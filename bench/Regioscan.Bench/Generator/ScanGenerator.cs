using Regioscan.Core.Geography;

namespace Regioscan.Bench.Generator;

/// <summary>Writes the national round: one upload per province, <c>PV20.csv</c> … <c>PV31.csv</c>.</summary>
internal static class ScanGenerator
{
    /// <summary>The 12 files holding <paramref name="activities"/> activities in total (a later revision about as many), ordered by province.</summary>
    public static IReadOnlyList<GeneratedFile> WriteAll(string folder, int activities, GeneratorOptions options)
    {
        Directory.CreateDirectory(folder);
        var quotas = ProvinceTable.Quotas(activities);
        var files = new GeneratedFile[Provinces.All.Count];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var province = Provinces.All[i];
            files[i] = ProvinceUploadWriter.Write(PathOf(folder, province.Code), province, quotas[i], options);
        });
        return files;
    }

    public static string PathOf(string folder, string provinceCode) => Path.Combine(folder, provinceCode + ".csv");
}
