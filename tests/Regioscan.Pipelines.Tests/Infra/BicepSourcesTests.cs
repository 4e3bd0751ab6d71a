using Regioscan.Pipelines.Tests.Support;

namespace Regioscan.Pipelines.Tests.Infra;

public sealed class BicepSourcesTests : IDisposable
{
    private readonly TempRepository _repo = new();

    [Fact]
    public void A_parameter_without_description_is_reported_and_one_with_it_is_not()
    {
        _repo.Write("main.bicep", """
            @description('Described.')
            @minValue(1)
            param described int

            @allowed([
              'a'
            ])
            param undescribed string

            param bare string
            """);

        var missing = new BicepSources(_repo.Root).ParametersWithoutDescription().ToList();

        Assert.Equal(["main.bicep: undescribed", "main.bicep: bare"], missing);
    }

    [Fact]
    public void A_module_that_does_not_exist_resolves_to_a_missing_file()
    {
        _repo.Write("main.bicep", "module a 'modules/a.bicep' = {\n  name: 'a'\n}\nimport { t } from 'types.bicep'\n");
        _repo.Write("modules/a.bicep");

        var references = new BicepSources(_repo.Root).FileReferences().ToList();

        Assert.Equal(2, references.Count);
        Assert.True(File.Exists(references.Single(r => r.Reference == "modules/a.bicep").Resolved));
        Assert.False(File.Exists(references.Single(r => r.Reference == "types.bicep").Resolved));
    }

    [Fact]
    public void Existing_resources_are_not_counted_as_deployed()
    {
        _repo.Write("main.bicep", """
            resource a 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
              name: 'a'
            }
            resource b 'Microsoft.Storage/storageAccounts@2024-01-01' = {
              name: 'b'
            }
            """);

        Assert.Equal(["Microsoft.Storage/storageAccounts"], new BicepSources(_repo.Root).DeployedResourceTypes());
    }

    public void Dispose() => _repo.Dispose();
}
