namespace Regioscan.Core.Releases.Map;

/// <summary>
/// The map page's static files (built from <c>web/map</c> by npm and esbuild, embedded in this
/// assembly). Every release copies them into its <c>map/</c> folder next to <see cref="MapDataWriter"/>'s
/// <c>data.js</c>.
/// </summary>
public static class MapBundle
{
    /// <summary>The folder of a release that holds the map.</summary>
    public const string Folder = "map";

    private const string ResourcePrefix = "Regioscan.Core.Map.";

    /// <summary>The bundled files, by name: <c>index.html</c>, <c>map.css</c>, <c>map.js</c>.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["index.html", "map.css", "map.js"];

    /// <summary>Opens the bundled file <paramref name="fileName"/> for reading.</summary>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is not one of <see cref="FileNames"/>.</exception>
    /// <exception cref="InvalidOperationException">The bundle was not embedded: a broken build.</exception>
    public static Stream Open(string fileName)
    {
        if (!FileNames.Contains(fileName, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The map bundle has no file {fileName}.", nameof(fileName));
        }

        return typeof(MapBundle).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The map file {fileName} is missing from the build: web/map/dist was not embedded.");
    }
}
