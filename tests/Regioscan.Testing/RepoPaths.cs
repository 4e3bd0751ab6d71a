namespace Regioscan.Testing;

/// <summary>Where the repository and the shared folder beside it are, found from the test's output folder.</summary>
public static class RepoPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFile = "RegioscanPipeline.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test binaries that holds <see cref="SolutionFile"/>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The <c>shared</c> folder next to the repository (reference data that is never copied into it).</summary>
    public static string SharedFolder => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path inside the repository, from forward-slash-free parts.</summary>
    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {SolutionFile}.");
    }
}
