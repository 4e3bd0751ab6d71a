namespace Regioscan.Core.Releases.Catalog;

/// <summary>
/// Who publishes the data and where it is downloaded (configuration section <c>Regioscan:Catalog</c>): what
/// <c>dcat.jsonld</c> and <c>schema-org.jsonld</c> say about the dataset beyond its files.
/// </summary>
/// <remarks>
/// The defaults describe a local demo under the reserved <c>example.org</c> domain; a real deployment sets
/// at least <see cref="BaseUrl"/>, the publisher and the contact point (the Functions app refuses to publish while
/// <see cref="BaseUrl"/> or <see cref="ContactEmail"/> is on such a domain).
/// </remarks>
public sealed record ReleaseMetadataOptions
{
    /// <summary>Name of the publishing organisation (<c>dct:publisher</c>, schema.org <c>publisher</c>).</summary>
    public string PublisherName { get; init; } = "Regioscan Digitalisering MKB";

    /// <summary>
    /// URI of the publishing organisation, preferably from the TOOI register of government organisations;
    /// null leaves the publisher without an IRI.
    /// </summary>
    public Uri? PublisherUri { get; init; }

    /// <summary>The licence of every file. Default Creative Commons Attribution 4.0.</summary>
    public Uri License { get; init; } = new("http://creativecommons.org/licenses/by/4.0/");

    /// <summary>Name of the contact point (a desk or team, not a person: <c>vcard:fn</c>).</summary>
    public string ContactName { get; init; } = "Regioscan Digitalisering MKB, open data";

    /// <summary>Functional e-mail address of the contact point (<c>vcard:hasEmail</c>).</summary>
    public string ContactEmail { get; init; } = "opendata@example.org";

    /// <summary>
    /// The URL above the <c>releases</c> container: a file's download URL is
    /// <c>{BaseUrl}releases/v{version}/{name}</c>. For Azure Blob Storage this is the blob endpoint of the account
    /// consumers read from (<c>https://{account}.blob.core.windows.net/</c>; in infra/ the public account, not the private
    /// data account the app writes) or a CDN in front of it. A missing final slash is added.
    /// </summary>
    public Uri BaseUrl { get; init; } = new("https://example.org/regioscan/");

    /// <summary>
    /// The dataset's theme (<c>dcat:theme</c>), a concept of the EU Data Theme vocabulary. Default ECON
    /// (economy and finance).
    /// </summary>
    public Uri Theme { get; init; } = new("http://publications.europa.eu/resource/authority/data-theme/ECON");

    /// <summary>The download URL of a file of release <paramref name="version"/>.</summary>
    public Uri FileUrl(string version, string name) => new(Root, "releases/v" + version + "/" + name);

    /// <summary>The URL of the folder of release <paramref name="version"/>, the dataset version's identifier.</summary>
    public Uri ReleaseUrl(string version) => new(Root, "releases/v" + version + "/");

    private Uri Root => BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");
}
