namespace Regioscan.Cli.Tests.Support;

/// <summary>A fresh local store folder, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "regioscan-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>A fresh store with the demo's two releases in it.</summary>
    public static async Task<TempStore> WithDemoAsync()
    {
        var store = new TempStore();
        var demo = await CliRun.RunAsync("demo", "--store", store.Path);
        Assert.True(demo.ExitCode == 0, demo.Error);
        return store;
    }

    public string File(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, "..", System.IO.Path.GetFileName(Path) + "-" + name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(System.IO.Path.GetTempPath(), System.IO.Path.GetFileName(Path) + "-*"))
        {
            System.IO.File.Delete(file);
        }
    }
}
