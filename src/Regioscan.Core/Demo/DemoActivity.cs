namespace Regioscan.Core.Demo;

/// <summary>A generated activity, in codes (the file writer decides how each province spells them).</summary>
internal sealed record DemoActivity
{
    /// <summary>The province's own id, or null.</summary>
    public string? SourceId { get; init; }

    /// <summary>The name, unique within its initiative.</summary>
    public required string Name { get; init; }

    /// <summary><c>activiteit_type</c> code.</summary>
    public required string Type { get; init; }

    /// <summary><c>doelgroep</c> codes.</summary>
    public required IReadOnlyList<string> TargetGroups { get; init; }

    /// <summary><c>sectoren</c> codes (may be empty).</summary>
    public required IReadOnlyList<string> Sectors { get; init; }

    /// <summary><c>digitaliseringsvorm</c> codes.</summary>
    public required IReadOnlyList<string> Forms { get; init; }

    /// <summary><c>knelpunten</c> codes.</summary>
    public required IReadOnlyList<string> Bottlenecks { get; init; }

    /// <summary>Entrepreneurs reached per year, or null when the initiative did not say.</summary>
    public long? Reach { get; init; }

    /// <summary>The year the reach figure refers to.</summary>
    public int? ReachYear { get; init; }

    /// <summary><c>impactmeting</c> code, or null.</summary>
    public string? Impact { get; init; }

    /// <summary>Whether this is a broad programme whose reach is scaled to the national total.</summary>
    public bool Programme { get; init; }
}
