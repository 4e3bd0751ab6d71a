using Regioscan.Pipelines.Tests.Support;

namespace Regioscan.Pipelines.Tests.Pipelines;

/// <summary>The repository's own pipeline files: they parse, reference only what exists, and do what issue 5 asks.</summary>
public sealed class PipelineFilesTests
{
    public static TheoryData<string> PipelineFiles() => new(Files());

    private static List<string> Files() =>
        new[] { "pipelines", ".github" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryRoot.Combine(folder), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_repository_has_the_azure_devops_pipeline_its_templates_and_the_github_workflow()
    {
        var files = Files();

        Assert.Contains("pipelines/azure-pipelines.yml", files);
        Assert.Contains("pipelines/templates/build-and-test.yml", files);
        Assert.Contains("pipelines/templates/deploy.yml", files);
        Assert.Contains("pipelines/templates/republish.yml", files);
        Assert.Contains(".github/workflows/ci.yml", files);
    }

    [Theory]
    [MemberData(nameof(PipelineFiles))]
    public void Every_pipeline_file_parses_and_references_only_files_that_exist(string file)
    {
        var problems = new PipelineReferenceChecker(RepositoryRoot.Path).Check(RepositoryRoot.Combine(file));

        Assert.Empty(problems);
    }

    [Fact]
    public void Azure_devops_publishes_the_test_results_even_when_tests_fail()
    {
        var entries = YamlEntry.Load(RepositoryRoot.Combine("pipelines/templates/build-and-test.yml"));

        Assert.Contains(entries, e => e.Key == "script" && e.Value.Trim() == "./test.sh");
        var publish = Assert.Single(entries, e => e.Key == "task" && e.Value.StartsWith("PublishTestResults@", StringComparison.Ordinal));
        Assert.Equal("always()", YamlEntry.Scalar(publish.Mapping, "condition"));
        Assert.Contains(entries, e => e.Key == "searchFolder" && e.Value.EndsWith("/TestResults", StringComparison.Ordinal));
    }

    [Fact]
    public void Azure_devops_deploys_from_main_through_the_test_and_prod_environments()
    {
        var pipeline = YamlEntry.Load(RepositoryRoot.Combine("pipelines/azure-pipelines.yml"));
        var deploy = YamlEntry.Load(RepositoryRoot.Combine("pipelines/templates/deploy.yml"));

        var environments = pipeline.Where(e => e.Key == "environment").Select(e => e.Value).ToList();
        Assert.Equal(["regioscan-test", "regioscan-prod"], environments);
        Assert.All(pipeline.Where(e => e.Key == "stage" && e.Value != "build"),
            stage => Assert.Contains("refs/heads/main", YamlEntry.Scalar(stage.Mapping, "condition"), StringComparison.Ordinal));

        // A deployment job is what waits for the environment's approvals.
        Assert.Contains(deploy, e => e.Key == "deployment");
        Assert.Contains(deploy, e => e.Key == "environment" && e.Value == "${{ parameters.environment }}");
        Assert.Contains(deploy, e => e.Key == "scriptPath" && e.Value == "infra/scripts/deploy.sh");
    }

    [Fact]
    public void Azure_devops_republishes_with_the_function_key_from_a_secret_variable()
    {
        var republish = YamlEntry.Load(RepositoryRoot.Combine("pipelines/templates/republish.yml"));

        var step = Assert.Single(republish, e => e.Key == "script" && e.Value.StartsWith("pipelines/scripts/republish.sh", StringComparison.Ordinal));
        Assert.Contains(republish, e => e.Path.EndsWith("env/REGIOSCAN_FUNCTION_KEY", StringComparison.Ordinal) && e.Value == "$(REGIOSCAN_FUNCTION_KEY)");
        Assert.Contains(republish, e => e.Key == "job" && e.Value == "republish");
        Assert.DoesNotContain("KEY", step.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manual_run_can_force_the_republication_in_both_pipelines()
    {
        var main = YamlEntry.Load(RepositoryRoot.Combine("pipelines/azure-pipelines.yml"));
        var template = YamlEntry.Load(RepositoryRoot.Combine("pipelines/templates/republish.yml"));
        var workflow = YamlEntry.Load(RepositoryRoot.Combine(".github/workflows/ci.yml"));

        Assert.Contains(main, e => e.Path.EndsWith("parameters/force", StringComparison.Ordinal) && e.Value == "${{ parameters.republishForce }}");
        Assert.Contains(template, e => e.Path.EndsWith("env/REGIOSCAN_REPUBLISH_FORCE", StringComparison.Ordinal) && e.Value == "${{ parameters.force }}");
        Assert.Equal("boolean", Value(workflow, "on/workflow_dispatch/inputs/republish_force/type"));
        Assert.Equal("${{ github.event.inputs.republish_force == 'true' }}", Value(workflow, "jobs/republish/steps/env/REGIOSCAN_REPUBLISH_FORCE"));
    }

    [Fact]
    public void Github_uploads_the_test_results_always_and_deploys_through_environments_with_oidc()
    {
        var workflow = YamlEntry.Load(RepositoryRoot.Combine(".github/workflows/ci.yml"));

        var upload = Assert.Single(workflow, e => e.Key == "name" && e.Value == "test-results");
        Assert.Equal("TestResults/", YamlEntry.Scalar(upload.Mapping, "path"));
        Assert.Contains(workflow, e => e.Path == "jobs/build-and-test/steps/if" && e.Value == "always()"
            && YamlEntry.Scalar(e.Mapping, "uses")!.StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.Equal("regioscan-test", Value(workflow, "jobs/deploy-test/environment"));
        Assert.Equal("regioscan-prod", Value(workflow, "jobs/deploy-prod/environment"));
        Assert.Equal("write", Value(workflow, "jobs/deploy-prod/permissions/id-token"));
        Assert.Contains(workflow, e => e.Path == "jobs/deploy-prod/steps/uses" && e.Value.StartsWith("azure/login@", StringComparison.Ordinal));
        Assert.Contains(workflow, e => e.Path == "jobs/deploy-test/steps/run" && e.Value.Contains("--smoke-test", StringComparison.Ordinal));
    }

    [Fact]
    public void Github_republishes_after_the_production_deployment_with_the_key_from_a_secret()
    {
        var workflow = YamlEntry.Load(RepositoryRoot.Combine(".github/workflows/ci.yml"));

        Assert.Equal("deploy-prod", Value(workflow, "jobs/republish/needs"));
        Assert.Contains(workflow, e => e.Path == "jobs/republish/steps/env/REGIOSCAN_FUNCTION_KEY" && e.Value.Contains("secrets.", StringComparison.Ordinal));
        Assert.Contains(workflow, e => e.Path == "jobs/republish/steps/run" && e.Value.StartsWith("pipelines/scripts/republish.sh", StringComparison.Ordinal));
    }

    private static string Value(IEnumerable<YamlEntry> entries, string path) => Assert.Single(entries, e => e.Path == path).Value;
}
