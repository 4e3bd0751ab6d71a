namespace Regioscan.Core.Tests.Validation;

/// <summary>
/// Golden files under TestData/, compared whole. With REGIOSCAN_UPDATE_GOLDEN=1 a mismatch rewrites the
/// file in the source tree instead of failing, for review in the diff.
/// </summary>
internal static class Golden
{
    public static string TestData(string relativePath) => Path.Combine(AppContext.BaseDirectory, "TestData", relativePath);

    public static void AssertMatches(string actual, string relativePath)
    {
        var path = TestData(relativePath);
        var expected = File.Exists(path) ? File.ReadAllText(path) : null;
        if (expected == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("REGIOSCAN_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(RepositoryRoot(), "tests", "Regioscan.Core.Tests", "TestData", relativePath);
            File.WriteAllText(source, actual);
            return;
        }

        Assert.Equal(expected ?? $"(no golden file {relativePath})", actual);
    }

    public static string RepositoryRoot()
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
}
