namespace Regioscan.Cli.Tests.Support;

/// <summary>One demo run into a temporary local store, shared by the tests that read its releases.</summary>
public sealed class DemoStoreFixture : IAsyncLifetime
{
    public string Store { get; } = Path.Combine(Path.GetTempPath(), "regioscan-demo-" + Guid.NewGuid().ToString("N"));

    internal CliRun Demo { get; private set; } = null!;

    public string Releases => Path.Combine(Store, "releases");

    public string Release(string version) => Path.Combine(Releases, "v" + version);

    public async Task InitializeAsync() => Demo = await CliRun.RunAsync("demo", "--store", Store);

    public Task DisposeAsync()
    {
        if (Directory.Exists(Store))
        {
            Directory.Delete(Store, recursive: true);
        }

        return Task.CompletedTask;
    }
}
