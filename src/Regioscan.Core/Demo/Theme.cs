namespace Regioscan.Core.Demo;

/// <summary>
/// A kind of initiative (a digital workshop, a cyber-resilience network, a smart-industry hub) with the
/// names, descriptions, codes and activities that make its instances believable.
/// </summary>
internal sealed record Theme
{
    /// <summary>How often the theme occurs, relative to the others.</summary>
    public required double Weight { get; init; }

    /// <summary>Initiative name patterns.</summary>
    public required IReadOnlyList<NamePattern> Names { get; init; }

    /// <summary>Description sentences: <c>{N}</c> name, <c>{IN}</c> "in the region", <c>{O}</c> lead organisation.</summary>
    public required IReadOnlyList<string> Descriptions { get; init; }

    /// <summary>Whether it serves a whole province (one per province, named after it) rather than a region.</summary>
    public bool ProvinceWide { get; init; }

    /// <summary>Whether it needs a countryside: never named after a single (city) municipality.</summary>
    public bool RegionalOnly { get; init; }

    /// <summary><c>digitaliseringsvorm</c> codes, the most typical first.</summary>
    public required IReadOnlyList<string> Forms { get; init; }

    /// <summary><c>doelgroep</c> codes, the most typical first.</summary>
    public required IReadOnlyList<string> TargetGroups { get; init; }

    /// <summary><c>sectoren</c> codes, the most typical first.</summary>
    public required IReadOnlyList<string> Sectors { get; init; }

    /// <summary>The <c>aanbieders</c> codes of organisations that lead such initiatives.</summary>
    public required IReadOnlyList<string> LeadTypes { get; init; }

    /// <summary>The <c>aanbieders</c> codes of typical partners.</summary>
    public required IReadOnlyList<string> PartnerTypes { get; init; }

    /// <summary>A <c>knelpunten</c> code the theme addresses besides those of its activity types, if any.</summary>
    public string? Bottleneck { get; init; }

    /// <summary>
    /// Trade associations that lead or join such initiatives, unless the name implies a sector with its
    /// own associations; <c>{M}</c> is the municipality.
    /// </summary>
    public IReadOnlyList<string> Associations { get; init; } = ["Ondernemersvereniging {M}", "MKB-Nederland", "VNO-NCW"];

    /// <summary>The activities such an initiative runs (at least six, so any activity count fits).</summary>
    public required IReadOnlyList<ActivityTemplate> Activities { get; init; }
}
