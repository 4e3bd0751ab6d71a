using System.Text.Json;
using Regioscan.Testing;

namespace Regioscan.Functions.Tests;

/// <summary>The bindings the Functions host will see, read from the build's generated functions.metadata.</summary>
public sealed class FunctionsMetadataTests
{
    private static JsonElement Metadata()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepoPaths.Root, "src", "Regioscan.Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build src/Regioscan.Functions first");
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.Clone();
    }

    private static JsonElement Trigger(string function)
    {
        var entry = Metadata().EnumerateArray().Single(f => f.GetProperty("name").GetString() == function);
        return entry.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "In");
    }

    [Fact]
    public void Exactly_the_six_functions_are_declared() =>
        Assert.Equal(
            ["GetReleaseRequest", "Intake", "ListReleases", "Publisher", "RequestRelease", "Sweep"],
            Metadata().EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order());

    [Fact]
    public void Intake_is_an_event_grid_blob_trigger_on_province_uploads()
    {
        var trigger = Trigger("Intake");
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("uploads/{province}/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("RegioscanStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void Publisher_is_a_queue_trigger_on_publish_requests()
    {
        var trigger = Trigger("Publisher");
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("publish-requests", trigger.GetProperty("queueName").GetString());
        Assert.Equal("RegioscanStorage", trigger.GetProperty("connection").GetString());
    }

    [Theory]
    [InlineData("RequestRelease", "releases", "post")]
    [InlineData("ListReleases", "releases", "get")]
    [InlineData("GetReleaseRequest", "releases/requests/{id}", "get")]
    public void Http_functions_need_a_function_key(string function, string route, string method)
    {
        var trigger = Trigger(function);
        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal("Function", trigger.GetProperty("authLevel").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void The_publisher_counts_attempts_up_to_the_queues_max_dequeue_count_in_host_json()
    {
        using var host = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "host.json")));
        var maxDequeueCount = host.RootElement.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32();

        Assert.Equal(Regioscan.Functions.Functions.PublisherFunction.MaxDequeueCount, maxDequeueCount);
    }

    [Fact]
    public void Sweep_runs_every_fifteen_minutes()
    {
        var trigger = Trigger("Sweep");
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("0 */15 * * * *", trigger.GetProperty("schedule").GetString());
    }
}
