namespace Regioscan.Core.Demo;

/// <summary>A region that initiatives are named after, with the municipalities they sit in.</summary>
/// <param name="Name">The name as it appears in initiative names, e.g. <c>Twente</c>.</param>
/// <param name="ServiceArea">The <c>werkgebied</c> code an initiative named after it serves.</param>
/// <param name="Municipalities">Official names of municipalities of the region (CBS 2025).</param>
/// <param name="Locative">How a sentence says "in the region" when that is not <c>in</c> + name: <c>op de Veluwe</c>.</param>
internal sealed record Region(string Name, string ServiceArea, IReadOnlyList<string> Municipalities, string? Locative = null)
{
    /// <summary>"in the region", in Dutch.</summary>
    public string In => Locative ?? "in " + Name;
}
