using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Catalog;

namespace Regioscan.Functions;

/// <summary>
/// Refuses to publish while <c>Regioscan:Catalog</c> still holds placeholders: a contact address or download base URL on
/// a domain reserved for examples. The defaults of <see cref="ReleaseMetadataOptions"/> are such placeholders
/// (<c>example.org</c>), and a release's <c>dcat.jsonld</c> and <c>schema-org.jsonld</c> are written once and never
/// change, so a release published with them would keep them. The CLI keeps those defaults for local use; this app
/// publishes for real.
/// </summary>
internal sealed class CatalogSettingsPrecondition(ReleaseMetadataOptions catalog) : IPublishPrecondition
{
    /// <summary>Domains reserved for documentation and invalid names (RFC 2606), with every name under them.</summary>
    private static readonly string[] PlaceholderDomains = ["example.org", "example.com", "example.net", "example", "invalid"];

    /// <inheritdoc/>
    public string? Refusal()
    {
        var problems = new List<string>(2);
        var email = catalog.ContactEmail.Trim();
        var at = email.LastIndexOf('@');
        if (at <= 0 || IsPlaceholder(email[(at + 1)..]))
        {
            problems.Add($"Regioscan__Catalog__ContactEmail is '{email}': set the organisation's functional e-mail address (in Azure the Bicep parameter catalogContactEmail)");
        }

        if (IsPlaceholder(catalog.BaseUrl.Host))
        {
            problems.Add($"Regioscan__Catalog__BaseUrl is '{catalog.BaseUrl}': set the URL above the releases container, the public storage account's blob endpoint or a CDN in front of it (in Azure the Bicep parameter catalogBaseUrl, whose default is that endpoint)");
        }

        return problems.Count == 0
            ? null
            : "Publishing refused: " + string.Join("; ", problems)
                + ". The catalogue files of a release are written once and never change, so nothing is published with a placeholder; "
                + "after changing it, ask for the release again (POST /api/releases); the sweep asks again by itself while a province's scan is in no release, but waits longer after each failed request.";
    }

    private static bool IsPlaceholder(string domain)
    {
        domain = domain.Trim().TrimEnd('.');
        return domain.Length == 0 || PlaceholderDomains.Any(d =>
            domain.Equals(d, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
    }
}
