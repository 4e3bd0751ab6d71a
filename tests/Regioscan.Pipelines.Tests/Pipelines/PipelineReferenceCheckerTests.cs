using Regioscan.Pipelines.Tests.Support;

namespace Regioscan.Pipelines.Tests.Pipelines;

public sealed class PipelineReferenceCheckerTests : IDisposable
{
    private const string Pipeline = """
        trigger:
          - main
        jobs:
          - template: templates/build.yml
          - job: deploy
            steps:
              - script: ./test.sh
              - script: bash infra/scripts/deploy.sh --parameters infra/environments/test.bicepparam
              - task: AzureCLI@2
                inputs:
                  scriptPath: infra/scripts/post-deploy.sh
                  workingDirectory: $(Build.SourcesDirectory)/src/Regioscan.Functions
              - script: dotnet publish src/Regioscan.Functions -o $(Build.ArtifactStagingDirectory)/app
        """;

    private static readonly string[] ReferencedFiles =
    [
        "pipelines/templates/build.yml", "test.sh", "infra/scripts/deploy.sh", "infra/environments/test.bicepparam",
        "infra/scripts/post-deploy.sh", "src/Regioscan.Functions/Regioscan.Functions.csproj",
    ];

    private readonly TempRepository _repo = new();

    [Fact]
    public void A_pipeline_whose_references_all_exist_has_no_problems()
    {
        var pipeline = _repo.Write("pipelines/azure-pipelines.yml", Pipeline);
        foreach (var file in ReferencedFiles)
        {
            _repo.Write(file, "# present\n");
        }

        Assert.Empty(new PipelineReferenceChecker(_repo.Root).Check(pipeline));
    }

    [Theory]
    [InlineData("pipelines/templates/build.yml")]
    [InlineData("test.sh")]
    [InlineData("infra/scripts/deploy.sh")]
    [InlineData("infra/environments/test.bicepparam")]
    [InlineData("infra/scripts/post-deploy.sh")]
    [InlineData("src/Regioscan.Functions/Regioscan.Functions.csproj")]
    public void Removing_a_referenced_file_is_reported(string removed)
    {
        var pipeline = _repo.Write("pipelines/azure-pipelines.yml", Pipeline);
        foreach (var file in ReferencedFiles.Where(f => f != removed))
        {
            _repo.Write(file, "# present\n");
        }

        var problems = new PipelineReferenceChecker(_repo.Root).Check(pipeline);

        // The project folder disappears with its only file: both src references then fail.
        Assert.NotEmpty(problems);
        var expected = removed.StartsWith("src/", StringComparison.Ordinal) ? "src/Regioscan.Functions" : removed;
        Assert.All(problems, p => Assert.Contains(expected, p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_is_resolved_from_the_pipeline_file_and_a_leading_slash_from_the_root()
    {
        var pipeline = _repo.Write("pipelines/azure-pipelines.yml", """
            jobs:
              - template: templates/a.yml
              - template: /pipelines/templates/b.yml
              - template: jobs/c.yml@shared-templates
            """);
        _repo.Write("pipelines/templates/a.yml");

        var problems = new PipelineReferenceChecker(_repo.Root).Check(pipeline);

        var problem = Assert.Single(problems);
        Assert.Contains("pipelines/templates/b.yml does not exist", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_the_pipeline_runs_is_checked_for_the_files_it_uses()
    {
        var workflow = _repo.Write(".github/workflows/ci.yml", """
            jobs:
              deploy:
                steps:
                  - run: infra/scripts/deploy.sh --smoke-test
                  - uses: ./.github/actions/missing
            """);
        _repo.Write("infra/scripts/deploy.sh", "#!/usr/bin/env bash\n\"$repo/infra/build.sh\"\n\"$here/smoke/sample.csv\"\n");
        _repo.Write("infra/build.sh");

        var problems = new PipelineReferenceChecker(_repo.Root).Check(workflow);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains(".github/actions/missing does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("infra/scripts/smoke/sample.csv does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_with_agent_variables_and_output_folders_are_not_repository_references()
    {
        var pipeline = _repo.Write("pipelines/azure-pipelines.yml", """
            steps:
              - publish: $(Build.ArtifactStagingDirectory)/functions.zip
              - task: PublishTestResults@2
                inputs:
                  searchFolder: $(Build.SourcesDirectory)/TestResults
                  workingDirectory: ${{ parameters.folder }}
              - run: cd artifacts/functions && zip -qr ../functions.zip .
              - run: curl https://example.org/tests/x
            """);

        Assert.Empty(new PipelineReferenceChecker(_repo.Root).Check(pipeline));
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_an_error()
    {
        var broken = _repo.Write("pipelines/broken.yml", "jobs:\n  - job: a\n   steps: [\n");

        Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => new PipelineReferenceChecker(_repo.Root).Check(broken));
    }

    public void Dispose() => _repo.Dispose();
}
