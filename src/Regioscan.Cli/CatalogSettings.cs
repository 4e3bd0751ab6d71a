using Regioscan.Core.Releases.Catalog;
using Regioscan.Core.Storage;
using Regioscan.Storage.Local;

namespace Regioscan.Cli;

/// <summary>
/// The catalogue settings of the CLI: the defaults of <see cref="ReleaseMetadataOptions"/>, overridden by
/// environment variables. Without <c>REGIOSCAN_BASE_URL</c> a local store's download links point at the
/// store folder itself (<c>file://</c>), so they work on the machine that published.
/// </summary>
internal static class CatalogSettings
{
    public const string BaseUrl = "REGIOSCAN_BASE_URL";
    public const string PublisherName = "REGIOSCAN_PUBLISHER_NAME";
    public const string PublisherUri = "REGIOSCAN_PUBLISHER_URI";
    public const string ContactName = "REGIOSCAN_CONTACT_NAME";
    public const string ContactEmail = "REGIOSCAN_CONTACT_EMAIL";
    public const string License = "REGIOSCAN_LICENSE";
    public const string Theme = "REGIOSCAN_THEME";

    /// <exception cref="ArgumentException">A URL variable does not hold an absolute URL.</exception>
    public static ReleaseMetadataOptions From(IBlobStore store, Func<string, string?> environment)
    {
        var defaults = new ReleaseMetadataOptions();
        var localBase = store is LocalBlobStore local ? new Uri(Path.GetFullPath(local.Root).TrimEnd(Path.DirectorySeparatorChar) + "/") : null;
        return new ReleaseMetadataOptions
        {
            BaseUrl = Url(environment, BaseUrl) ?? localBase ?? defaults.BaseUrl,
            PublisherName = Text(environment, PublisherName) ?? defaults.PublisherName,
            PublisherUri = Url(environment, PublisherUri),
            ContactName = Text(environment, ContactName) ?? defaults.ContactName,
            ContactEmail = Text(environment, ContactEmail) ?? defaults.ContactEmail,
            License = Url(environment, License) ?? defaults.License,
            Theme = Url(environment, Theme) ?? defaults.Theme,
        };
    }

    private static string? Text(Func<string, string?> environment, string name) =>
        environment(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static Uri? Url(Func<string, string?> environment, string name) =>
        Text(environment, name) is not { } value ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri
        : throw new ArgumentException($"${name} must be an absolute URL; it is '{value}'.");
}
