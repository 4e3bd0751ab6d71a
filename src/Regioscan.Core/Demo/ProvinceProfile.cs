namespace Regioscan.Core.Demo;

/// <summary>What the generator knows about one province: its size, organisations, regions and file style.</summary>
/// <param name="Code">CBS code.</param>
/// <param name="Initiatives">How many initiatives its scan describes (before the seed's jitter).</param>
/// <param name="Rom">The regional development agency.</param>
/// <param name="Education">Universities of applied sciences and vocational colleges.</param>
/// <param name="Research">Universities and research institutes.</param>
/// <param name="Edih">The European Digital Innovation Hub serving it.</param>
/// <param name="Bank">A local bank office.</param>
/// <param name="Regions">Regions; the first one is the province itself.</param>
/// <param name="Style">The dialect and quirks of its scan file.</param>
internal sealed record ProvinceProfile(
    string Code,
    int Initiatives,
    string Rom,
    IReadOnlyList<string> Education,
    IReadOnlyList<string> Research,
    string Edih,
    string Bank,
    IReadOnlyList<Region> Regions,
    FileStyle Style);
