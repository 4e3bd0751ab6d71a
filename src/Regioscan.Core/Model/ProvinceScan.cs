namespace Regioscan.Core.Model;

/// <summary>
/// The harmonised content of one accepted upload: the initiatives and activities of one province,
/// each ordered by id (ordinal).
/// </summary>
public sealed record ProvinceScan
{
    /// <summary>CBS province code.</summary>
    public required string ProvinceCode { get; init; }

    /// <summary>Initiatives ordered by <see cref="Initiative.InitiativeId"/>.</summary>
    public required IReadOnlyList<Initiative> Initiatives { get; init; }

    /// <summary>Activities ordered by <see cref="Activity.ActivityId"/>.</summary>
    public required IReadOnlyList<Activity> Activities { get; init; }
}
