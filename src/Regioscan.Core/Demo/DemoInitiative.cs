using Regioscan.Core.Geography;

namespace Regioscan.Core.Demo;

/// <summary>A generated initiative with its activities, in codes.</summary>
internal sealed record DemoInitiative
{
    /// <summary>CBS province code.</summary>
    public required string ProvinceCode { get; init; }

    /// <summary>The province's own id, or null.</summary>
    public string? SourceId { get; init; }

    /// <summary>The name, unique in the whole dataset.</summary>
    public required string Name { get; init; }

    /// <summary>Description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Website, or null.</summary>
    public string? Website { get; init; }

    /// <summary>The municipality it sits in, or null when the scan leaves <c>gemeente</c> empty.</summary>
    public Municipality? Municipality { get; init; }

    /// <summary>WGS84 latitude, or null without a location.</summary>
    public double? Latitude { get; init; }

    /// <summary>WGS84 longitude, or null without a location.</summary>
    public double? Longitude { get; init; }

    /// <summary><c>werkgebied</c> code.</summary>
    public required string ServiceArea { get; init; }

    /// <summary><c>aanbieders</c> codes.</summary>
    public required IReadOnlyList<string> Providers { get; init; }

    /// <summary>Lead organisation.</summary>
    public string? LeadOrganisation { get; init; }

    /// <summary><c>financiering</c> code, or null.</summary>
    public string? Funding { get; init; }

    /// <summary><c>beleidsrationale</c> codes (may be empty).</summary>
    public required IReadOnlyList<string> PolicyRationale { get; init; }

    /// <summary>First year, or null.</summary>
    public int? StartYear { get; init; }

    /// <summary>Last year, or null while it runs.</summary>
    public int? EndYear { get; init; }

    /// <summary>Fictitious contact person, or null.</summary>
    public string? ContactPerson { get; init; }

    /// <summary>Fictitious e-mail address, or null.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Fictitious phone number, or null.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>The activities, in file order.</summary>
    public required IReadOnlyList<DemoActivity> Activities { get; init; }
}
