namespace Regioscan.Core.Model;

/// <summary>One harmonised activity of an initiative.</summary>
public sealed record Activity
{
    /// <summary>Stable id across uploads and releases (see <see cref="StableIds"/>).</summary>
    public required string ActivityId { get; init; }

    /// <summary>The initiative this activity belongs to.</summary>
    public required string InitiativeId { get; init; }

    /// <summary>The province's own id (template column <c>activiteit_id</c>), when given.</summary>
    public string? SourceId { get; init; }

    /// <summary>CBS province code.</summary>
    public required string ProvinceCode { get; init; }

    /// <summary>Name of the activity.</summary>
    public required string Name { get; init; }

    /// <summary>Code from list <c>activiteit_type</c>.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Codes from list <c>doelgroep</c>.</summary>
    public required IReadOnlyList<string> TargetGroups { get; init; }

    /// <summary>Codes from list <c>sectoren</c>.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Codes from list <c>digitaliseringsvorm</c>.</summary>
    public required IReadOnlyList<string> DigitalisationForms { get; init; }

    /// <summary>Codes from list <c>knelpunten</c>.</summary>
    public required IReadOnlyList<string> Bottlenecks { get; init; }

    /// <summary>Entrepreneurs reached per year.</summary>
    public long? ReachPerYear { get; init; }

    /// <summary>The year the reach figure refers to.</summary>
    public int? ReachYear { get; init; }

    /// <summary>Code from list <c>impactmeting</c>.</summary>
    public string? ImpactMeasurement { get; init; }
}
