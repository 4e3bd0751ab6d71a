using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Regioscan.Pipelines.Tests.Support;

namespace Regioscan.Pipelines.Tests.Infra;

/// <summary>
/// The infrastructure matches what src/Regioscan.Functions expects: connection name, queue, trigger
/// container, function names. Read from the sources as text, so a rename on either side fails here.
/// </summary>
public sealed partial class AppContractTests
{
    [Fact]
    public void The_app_settings_configure_the_connection_the_functions_use_with_managed_identity()
    {
        var connection = Constant("src/Regioscan.Functions/FunctionsServiceCollectionExtensions.cs", "Connection");
        var app = Read("infra/modules/function-app.bicep");

        Assert.Equal("RegioscanStorage", connection);
        foreach (var setting in new[] { "__blobServiceUri", "__queueServiceUri", "__clientId" })
        {
            Assert.Contains($"{connection}{setting}:", app, StringComparison.Ordinal);
        }

        Assert.Contains($"{connection}__credential: 'managedidentity'", app, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__accountName:", app, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__credential: 'managedidentity'", app, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__clientId:", app, StringComparison.Ordinal);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING:", app, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publisher_options_are_app_settings()
    {
        var main = Read("infra/main.bicep");

        Assert.Contains("Regioscan__Publisher__LockWait:", main, StringComparison.Ordinal);
        Assert.Contains("Regioscan__Publisher__Timeout:", main, StringComparison.Ordinal);
        Assert.Contains("Regioscan__Validation__MaxFileBytes:", main, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_catalogue_option_is_an_app_setting_and_the_base_url_defaults_to_the_public_account()
    {
        var options = CatalogOption().Matches(Read("src/Regioscan.Core/Releases/Catalog/ReleaseMetadataOptions.cs")).Select(m => m.Groups["name"].Value).ToList();
        var main = Read("infra/main.bicep");

        Assert.Equal(["PublisherName", "PublisherUri", "License", "ContactName", "ContactEmail", "BaseUrl", "Theme"], options);
        foreach (var option in options)
        {
            Assert.Contains($"Regioscan__Catalog__{option}:", main, StringComparison.Ordinal);
        }

        // The data account allows no anonymous read: the download links must point at the public copy.
        Assert.Contains("Regioscan__Catalog__BaseUrl: empty(catalogBaseUrl) ? publicStorage.outputs.blobEndpoint : catalogBaseUrl", main, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\n@minLength\(3\)\nparam catalogContactEmail string\n"), main);
    }

    [Fact]
    public void The_deployment_refuses_the_same_placeholder_domains_as_the_app()
    {
        var app = Regex.Match(Read("src/Regioscan.Functions/CatalogSettingsPrecondition.cs"), @"PlaceholderDomains = \[(?<list>[^\]]+)\]").Groups["list"].Value;
        var bicep = Regex.Match(Read("infra/main.bicep"), @"var placeholderDomains = \[(?<list>[^\]]+)\]").Groups["list"].Value;

        var appDomains = Regex.Matches(app, @"""(?<d>[^""]+)""").Select(m => m.Groups["d"].Value).ToList();
        Assert.Contains("example.org", appDomains);
        Assert.Equal(appDomains, Regex.Matches(bicep, "'(?<d>[^']+)'").Select(m => m.Groups["d"].Value));
    }

    [Fact]
    public void Further_app_settings_come_from_a_parameter_since_every_deployment_replaces_the_whole_list()
    {
        var main = Read("infra/main.bicep");
        var app = Read("infra/modules/function-app.bicep");

        Assert.Contains("appSettings: [for setting in items(allSettings)", app, StringComparison.Ordinal);
        Assert.Contains("param extraAppSettings { *: string } = {}", main, StringComparison.Ordinal);
        // The parameter is the last argument of the union that becomes the module's settings, so it wins.
        Assert.Matches(new Regex(@"extraAppSettings: union\((?:(?!\n    \)).)*,\s*extraAppSettings\s*\n    \)", RegexOptions.Singleline), main);
    }

    [Fact]
    public void The_function_timeout_outlasts_the_longest_publish_so_the_publishers_own_timeout_ends_it()
    {
        using var host = JsonDocument.Parse(Read("host.json"));
        var functionTimeout = TimeSpan.Parse(host.RootElement.GetProperty("functionTimeout").GetString()!, CultureInfo.InvariantCulture);
        var settings = new List<(string Where, string LockWait, string Timeout)>
        {
            ("main.bicep", BicepDefault("publisherLockWait"), BicepDefault("publisherTimeout")),
        };
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("infra"), "*.bicepparam", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            string? Assigned(string name) => Regex.Match(text, $@"param {name} = '(?<value>[^']+)'") is { Success: true } m ? m.Groups["value"].Value : null;
            settings.Add((file, Assigned("publisherLockWait") ?? BicepDefault("publisherLockWait"), Assigned("publisherTimeout") ?? BicepDefault("publisherTimeout")));
        }

        using var local = JsonDocument.Parse(Read("src/Regioscan.Functions/local.settings.example.json"));
        var values = local.RootElement.GetProperty("Values");
        settings.Add(("local.settings.example.json", values.GetProperty("Regioscan__Publisher__LockWait").GetString()!, values.GetProperty("Regioscan__Publisher__Timeout").GetString()!));

        Assert.All(settings, s => Assert.True(
            TimeSpan.Parse(s.LockWait, CultureInfo.InvariantCulture) + TimeSpan.Parse(s.Timeout, CultureInfo.InvariantCulture) < functionTimeout,
            $"{s.Where}: lock wait {s.LockWait} + publish timeout {s.Timeout} reach host.json's functionTimeout {functionTimeout}"));
    }

    [Fact]
    public void The_data_account_has_the_queue_and_the_trigger_container_the_functions_bind_to()
    {
        var queue = Constant("src/Regioscan.Storage/Queues/StorageQueueRequestSink.cs", "QueueName");
        var intake = Read("src/Regioscan.Functions/Functions/IntakeFunction.cs");
        var data = Read("infra/modules/data-storage.bicep");

        Assert.Contains($"name: '{queue}'", data, StringComparison.Ordinal);
        var triggerContainer = TriggerContainer().Match(intake).Groups["container"].Value;
        Assert.Equal("uploads", triggerContainer);
        foreach (var container in new[] { triggerContainer, "scans", "quarantine", "releases", "system", "reference" })
        {
            Assert.Contains($"'{container}'", data, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_event_grid_subscription_targets_the_intake_function_blob_webhook()
    {
        var intake = Read("src/Regioscan.Functions/Functions/IntakeFunction.cs");
        var postDeploy = Read("infra/scripts/post-deploy.sh");

        Assert.Contains("Source = BlobTriggerSource.EventGrid", intake, StringComparison.Ordinal);
        var function = FunctionName().Match(intake).Groups["name"].Value;
        Assert.Contains($"/runtime/webhooks/blobs?functionName=Host.Functions.{function}&code=", postDeploy, StringComparison.Ordinal);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/uploads/", postDeploy, StringComparison.Ordinal);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated", postDeploy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_republish_script_calls_the_routes_the_http_functions_serve()
    {
        var http = Read("src/Regioscan.Functions/Functions/ReleasesHttpFunctions.cs");
        var republish = Read("pipelines/scripts/republish.sh");

        Assert.Contains("\"post\", Route = \"releases\"", http, StringComparison.Ordinal);
        Assert.Contains("status_url = statusUrl", http, StringComparison.Ordinal);
        Assert.Contains("Route = \"releases/requests/{id}\"", http, StringComparison.Ordinal);
        Assert.Contains("\"$url/api/releases\"", republish, StringComparison.Ordinal);
        Assert.Contains("\"$url$status_url\"", republish, StringComparison.Ordinal);
    }

    private static string Read(string relative) => File.ReadAllText(RepositoryRoot.Combine(relative));

    private static string BicepDefault(string parameter)
    {
        var match = Regex.Match(Read("infra/main.bicep"), $@"param {parameter} string = '(?<value>[^']+)'");
        Assert.True(match.Success, $"main.bicep declares no string parameter {parameter} with a default");
        return match.Groups["value"].Value;
    }

    private static string Constant(string file, string name)
    {
        var match = Regex.Match(Read(file), $@"const string {name} = ""(?<value>[^""]+)""");
        Assert.True(match.Success, $"{file} declares no constant {name}");
        return match.Groups["value"].Value;
    }

    [GeneratedRegex(@"public [\w?]+ (?<name>\w+) \{ get; init; \}")]
    private static partial Regex CatalogOption();

    [GeneratedRegex(@"\[BlobTrigger\(""(?<container>[^/""]+)/")]
    private static partial Regex TriggerContainer();

    [GeneratedRegex(@"\[Function\(""(?<name>\w+)""\)\]")]
    private static partial Regex FunctionName();
}
