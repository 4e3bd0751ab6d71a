using Regioscan.Core.Demo;

namespace Regioscan.Core.Tests.Demo;

/// <summary>The default demo dataset, generated and read back once for all tests.</summary>
internal static class DemoData
{
    private static readonly Lazy<DemoDataset> LazyDataset = new(() => DemoScanGenerator.Generate());
    private static readonly Lazy<ScanFile[]> LazyFirst = new(() => Dataset.FirstRound.Select(ScanFile.Read).ToArray());
    private static readonly Lazy<ScanFile[]> LazySecond = new(() => Dataset.SecondRound.Select(ScanFile.Read).ToArray());

    public static DemoDataset Dataset => LazyDataset.Value;

    public static ScanFile[] FirstRound => LazyFirst.Value;

    public static ScanFile[] SecondRound => LazySecond.Value;

    public static IEnumerable<ScanFile> AllFiles => FirstRound.Concat(SecondRound);

    public static ScanFile First(string provinceCode) => FirstRound.Single(f => f.Upload.ProvinceCode == provinceCode);

    public static ScanFile Second(string provinceCode) => SecondRound.Single(f => f.Upload.ProvinceCode == provinceCode);
}
