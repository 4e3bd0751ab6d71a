using Regioscan.Core.Model;

namespace Regioscan.Core.Releases;

/// <summary>The national tables of one release, each ordered by id (ordinal), so output is stable.</summary>
/// <param name="Initiatives">Initiatives ordered by <c>initiative_id</c>.</param>
/// <param name="Activities">Activities ordered by <c>activity_id</c>.</param>
public sealed record ReleaseTables(IReadOnlyList<PublishedInitiative> Initiatives, IReadOnlyList<Activity> Activities);
