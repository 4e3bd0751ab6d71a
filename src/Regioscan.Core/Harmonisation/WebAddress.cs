using System.Text.RegularExpressions;

namespace Regioscan.Core.Harmonisation;

/// <summary>Reads the <c>website</c> cell: an absolute http or https address.</summary>
public static partial class WebAddress
{
    /// <summary>
    /// The address of <paramref name="text"/>: as given when it starts with <c>http://</c> or
    /// <c>https://</c>; with <c>https://</c> added when it is a bare host name such as
    /// <c>www.example.nl/pagina</c> (<paramref name="schemeAdded"/> is then true); null otherwise.
    /// </summary>
    public static string? Normalise(string text, out bool schemeAdded)
    {
        ArgumentNullException.ThrowIfNull(text);
        schemeAdded = false;
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.AsSpan().ContainsAny(" \t\r\n"))
        {
            return null;
        }

        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
            trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return IsWebAddress(trimmed) ? trimmed : null;
        }

        if (!BareHost().IsMatch(trimmed))
        {
            return null;
        }

        var withScheme = "https://" + trimmed;
        schemeAdded = true;
        return IsWebAddress(withScheme) ? withScheme : null;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        uri.Host.Contains('.', StringComparison.Ordinal) &&
        !uri.Host.EndsWith('.');

    /// <summary>A host name with a top-level domain of letters, an optional port and path.</summary>
    [GeneratedRegex(@"^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(:\d{1,5})?([/?#]\S*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareHost();
}
