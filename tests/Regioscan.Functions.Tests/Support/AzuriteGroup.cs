using Regioscan.Testing;

namespace Regioscan.Functions.Tests.Support;

/// <summary>One Azurite for every test class of this project.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
