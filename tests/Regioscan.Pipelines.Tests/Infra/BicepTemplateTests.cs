using System.Text.RegularExpressions;
using Regioscan.Pipelines.Tests.Support;

namespace Regioscan.Pipelines.Tests.Infra;

/// <summary>infra/*.bicep declares what issue 5 and the design ask for (infra/build.sh checks the compiled template too).</summary>
public sealed class BicepTemplateTests
{
    private static readonly BicepSources Infra = new(RepositoryRoot.Combine("infra"));

    [Fact]
    public void The_templates_deploy_every_resource_of_the_design()
    {
        var types = Infra.DeployedResourceTypes();

        Assert.Contains("Microsoft.Web/serverfarms", types);
        Assert.Contains("Microsoft.Web/sites", types);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", types);
        Assert.Equal(3, types.Count(t => t == "Microsoft.Storage/storageAccounts"));
        Assert.Contains("Microsoft.Storage/storageAccounts/blobServices/containers", types);
        Assert.Contains("Microsoft.Storage/storageAccounts/queueServices/queues", types);
        Assert.Contains("Microsoft.Storage/storageAccounts/objectReplicationPolicies", types);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", types);
        Assert.Contains("Microsoft.Insights/components", types);
        Assert.Contains("Microsoft.EventGrid/systemTopics", types);
        Assert.Contains("Microsoft.Authorization/roleAssignments", types);
        Assert.Contains("Microsoft.Insights/diagnosticSettings", types);
        Assert.Contains("Microsoft.Insights/scheduledQueryRules", types);
    }

    [Fact]
    public void The_function_app_runs_dotnet_isolated_10_on_flex_consumption_with_a_user_assigned_identity()
    {
        var app = Read("modules/function-app.bicep");

        Assert.Contains("name: 'FC1'", app, StringComparison.Ordinal);
        Assert.Contains("tier: 'FlexConsumption'", app, StringComparison.Ordinal);
        Assert.Contains("kind: 'functionapp,linux'", app, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"runtime: \{\s*name: 'dotnet-isolated'\s*version: '10\.0'\s*\}"), app);
        Assert.Contains("type: 'UserAssigned'", app, StringComparison.Ordinal);
        // Flex Consumption refuses these as app settings; the runtime lives in functionAppConfig.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME:", app, StringComparison.Ordinal);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", app, StringComparison.Ordinal);
    }

    [Fact]
    public void No_account_accepts_shared_keys_and_only_the_public_account_allows_anonymous_read()
    {
        foreach (var module in new[] { "modules/host-storage.bicep", "modules/data-storage.bicep", "modules/public-storage.bicep" })
        {
            Assert.Contains("allowSharedKeyAccess: false", Read(module), StringComparison.Ordinal);
        }

        Assert.Contains("allowBlobPublicAccess: false", Read("modules/data-storage.bicep"), StringComparison.Ordinal);
        Assert.Contains("allowBlobPublicAccess: false", Read("modules/host-storage.bicep"), StringComparison.Ordinal);
        Assert.Contains("publicAccess: 'Blob'", Read("modules/public-storage.bicep"), StringComparison.Ordinal);
    }

    [Fact]
    public void Province_grants_carry_an_abac_condition_on_their_own_uploads_folder()
    {
        var access = Read("modules/province-access.bicep");

        Assert.Contains("conditionVersion: '2.0'", access, StringComparison.Ordinal);
        Assert.Contains("@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith '__PREFIX__'", access, StringComparison.Ordinal);
        Assert.Contains("@Request[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:prefix] StringStartsWith '__PREFIX__'", access, StringComparison.Ordinal);
        Assert.Contains("@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals '__CONTAINER__'", access, StringComparison.Ordinal);
        Assert.Contains("'__PREFIX__', '${uploader.provinceCode}/')", access, StringComparison.Ordinal);
        Assert.Contains("scope: dataStorage::blobService::uploads", access, StringComparison.Ordinal);
    }

    [Fact]
    public void Operators_can_be_given_blob_and_queue_access_to_the_data_account_for_recovery()
    {
        var access = Read("modules/operator-access.bicep");

        Assert.Contains("principalIds: operatorPrincipalIds", Read("main.bicep"), StringComparison.Ordinal);
        Assert.Contains("param operatorPrincipalIds string[] = []", Read("main.bicep"), StringComparison.Ordinal);
        Assert.Contains("'ba92f5b4-2d11-453d-a403-e96b0029c9fe'", access, StringComparison.Ordinal); // Storage Blob Data Contributor
        Assert.Contains("'974c5e8b-45b9-4653-ba55-5f855dd0fb88'", access, StringComparison.Ordinal); // Storage Queue Data Contributor
        Assert.Contains("scope: dataStorage\n", access, StringComparison.Ordinal);
    }

    [Fact]
    public void Poison_messages_failed_executions_and_logged_errors_raise_alerts_that_can_e_mail_the_operators()
    {
        var main = Read("main.bicep");
        var alerts = Read("modules/alerts.bicep");
        var data = Read("modules/data-storage.bicep");

        Assert.Contains("module alerts 'modules/alerts.bicep'", main, StringComparison.Ordinal);
        Assert.Contains("workspaceId: monitoring.outputs.workspaceId", main, StringComparison.Ordinal);
        Assert.Contains("emailAddresses: alertEmailAddresses", main, StringComparison.Ordinal);
        Assert.Contains("param alertEmailAddresses string[] = []", main, StringComparison.Ordinal);

        // The poison-message rule reads the queue log, which only exists if the data account's queues send it.
        Assert.Matches(new Regex(@"resource queueAudit 'Microsoft\.Insights/diagnosticSettings@[^']+' = \{\s*scope: queueService\s"), data);
        Assert.Contains("workspaceId: logAnalyticsWorkspaceId", data, StringComparison.Ordinal);
        Assert.Contains("StorageQueueLogs | where OperationName == \"PutMessage\" and ObjectKey contains \"-poison\"", alerts, StringComparison.Ordinal);
        Assert.Contains("AppRequests | where Success == false", alerts, StringComparison.Ordinal);
        Assert.Contains("AppTraces | where SeverityLevel >= 3", alerts, StringComparison.Ordinal);
        Assert.Contains("resource alertRules 'Microsoft.Insights/scheduledQueryRules@", alerts, StringComparison.Ordinal);

        // No addresses, no action group: the rules must not point at one that was not deployed.
        Assert.Contains("resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(emailAddresses))", alerts, StringComparison.Ordinal);
        Assert.Contains("actionGroups: empty(emailAddresses) ? [] : [", alerts, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_assignments_are_named_with_guid()
    {
        var assignments = Infra.BicepFiles
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"resource \w+ 'Microsoft\.Authorization/roleAssignments@[^']+' = [^\n]*\n(?:[^\n]*\n){0,3}?\s*name: (?<name>[^\n]+)"))
            .Select(m => m.Groups["name"].Value.Trim())
            .ToList();

        Assert.NotEmpty(assignments);
        Assert.All(assignments, name => Assert.StartsWith("guid(", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_parameter_has_a_description()
    {
        Assert.Empty(Infra.ParametersWithoutDescription());
    }

    [Fact]
    public void Every_module_import_and_using_points_at_a_file_that_exists()
    {
        var references = Infra.FileReferences().ToList();

        Assert.Contains(references, r => r.Reference == "modules/function-app.bicep");
        Assert.All(references, r => Assert.True(File.Exists(r.Resolved), $"{r.File} refers to '{r.Reference}', which does not exist"));
    }

    [Fact]
    public void No_module_comes_from_a_registry()
    {
        Assert.All(Infra.FileReferences(), r => Assert.DoesNotMatch(new Regex("^(br|ts)[:/]"), r.Reference));
    }

    [Fact]
    public void No_output_exposes_a_key_or_a_secret()
    {
        var outputs = Infra.Outputs().ToList();

        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.DoesNotMatch(new Regex(@"list\w*\(|@secure|(?i:password|accountkey|sharedaccesssignature)"), output));
    }

    // Without comment lines: the checks are about what gets deployed.
    private static string Read(string relative) => string.Join('\n', File.ReadAllLines(RepositoryRoot.Combine(Path.Combine("infra", relative)))
        .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
}
