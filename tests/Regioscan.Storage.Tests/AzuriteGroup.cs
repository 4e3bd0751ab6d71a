using Regioscan.Testing;

namespace Regioscan.Storage.Tests;

/// <summary>One Azurite for every test class of this project that needs it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
