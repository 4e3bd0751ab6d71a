namespace Regioscan.Pipelines.Tests.Support;

/// <summary>Finds the repository root: the folder holding RegioscanPipeline.sln above the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "RegioscanPipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No RegioscanPipeline.sln above {AppContext.BaseDirectory}.");
    }
}
