namespace Regioscan.Bench.Generator;

/// <summary>One written upload.</summary>
internal sealed record GeneratedFile(string Path, string ProvinceCode, int Initiatives, int Activities, long Bytes, ChangeCounts Changes);
