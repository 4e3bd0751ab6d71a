namespace Regioscan.Map.Tests;

/// <summary>The folder holding RegioscanPipeline.sln, and the shared reference data beside it.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RegioscanPipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RegioscanPipeline.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A file under <c>../shared/reference/</c> (CBS boundaries; never copied into the repository).</summary>
    public static string Reference(params string[] parts) =>
        Path.Combine([Find(), "..", "shared", "reference", .. parts]);
}
