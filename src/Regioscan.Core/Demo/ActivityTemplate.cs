namespace Regioscan.Core.Demo;

/// <summary>A kind of activity an initiative of a theme runs.</summary>
/// <param name="Name">The activity name.</param>
/// <param name="Type">Its <c>activiteit_type</c> code.</param>
/// <param name="MinReach">Typical smallest reach per year.</param>
/// <param name="MaxReach">Typical largest reach per year.</param>
/// <param name="Programme">
/// A broad programme (campaign, platform, webinar series) reaching thousands: these absorb the rest of the
/// national reach total, so the total stays near the synthesis' 110,000 for any seed.
/// </param>
/// <param name="Forms">Its <c>digitaliseringsvorm</c> codes when they differ from the theme's.</param>
internal sealed record ActivityTemplate(
    string Name,
    string Type,
    int MinReach,
    int MaxReach,
    bool Programme = false,
    IReadOnlyList<string>? Forms = null);
