using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>One Azurite for every test class of this project that needs one.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
