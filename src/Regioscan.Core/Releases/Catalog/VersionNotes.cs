using System.Globalization;
using Regioscan.Core.Releases.Changes;

namespace Regioscan.Core.Releases.Catalog;

/// <summary>One sentence per language on what a release changed (<c>adms:versionNotes</c>).</summary>
internal static class VersionNotes
{
    public static (string Nl, string En) Of(ReleaseDescription release)
    {
        var changes = release.Changes;
        var initiatives = Counts(changes.Initiatives);
        var activities = Counts(changes.Activities);
        var (nl, en) = release.Previous is null
            ? ($"Eerste release ({release.Version}): initiatieven {initiatives}; activiteiten {activities}.",
                $"First release ({release.Version}): initiatives {initiatives}; activities {activities}.")
            : ($"Release {release.Version} ten opzichte van {release.Previous}: initiatieven {initiatives}; activiteiten {activities} (+ toegevoegd, − verwijderd, ~ gewijzigd).",
                $"Release {release.Version} against {release.Previous}: initiatives {initiatives}; activities {activities} (+ added, − removed, ~ changed).");
        if (!string.IsNullOrWhiteSpace(release.Reason))
        {
            nl += " Reden: " + release.Reason;
            en += " Reason: " + release.Reason;
        }

        return (nl, en);
    }

    private static string Counts(ChangeCounts changes) => string.Create(
        CultureInfo.InvariantCulture, $"+{changes.Added} −{changes.Removed} ~{changes.DataChanged}");
}
