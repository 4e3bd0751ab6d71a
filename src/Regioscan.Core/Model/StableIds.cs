using System.Security.Cryptography;
using System.Text;
using Regioscan.Core.Text;

namespace Regioscan.Core.Model;

/// <summary>
/// Stable record ids. They survive re-uploads: the province's own id when it gives one, otherwise a
/// hash of the normalised name, so that fixing the case or accents of a name keeps the id.
/// </summary>
/// <remarks>
/// <c>initiative_id</c> = <c>PV20-</c> + the normalised <c>initiatief_id</c>, or <c>PV20-n</c> + 10 hex
/// digits of SHA-256 over the normalised name. <c>activity_id</c> = initiative id + <c>.</c> + the
/// normalised <c>activiteit_id</c>, or <c>n</c> + 10 hex digits of SHA-256 over the normalised activity
/// name. The <c>n</c> prefix keeps derived ids apart from given ones.
/// </remarks>
public static class StableIds
{
    /// <summary>The stable id of an initiative.</summary>
    public static string Initiative(string provinceCode, string? sourceId, string name) =>
        provinceCode + "-" + Part(sourceId, name);

    /// <summary>The stable id of an activity of <paramref name="initiativeId"/>.</summary>
    public static string Activity(string initiativeId, string? sourceId, string name) =>
        initiativeId + "." + Part(sourceId, name);

    private static string Part(string? sourceId, string name)
    {
        var given = sourceId is null ? string.Empty : TextKey.Normalise(sourceId);
        if (given.Length > 0)
        {
            return given;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(TextKey.Normalise(name)));
        return "n" + Convert.ToHexStringLower(hash)[..10];
    }
}
