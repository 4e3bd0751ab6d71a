using Regioscan.Cli.Tests.Support;

namespace Regioscan.Cli.Tests.Docs;

/// <summary>One demo run shared by the guide and catalogue tests (a demo takes a while on a slow machine).</summary>
[CollectionDefinition(Name)]
public sealed class DemoReleaseForDocs : ICollectionFixture<DemoStoreFixture>
{
    public const string Name = "demo release for the docs";
}
