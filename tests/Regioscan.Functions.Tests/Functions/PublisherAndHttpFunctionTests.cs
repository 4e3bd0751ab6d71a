using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Catalog;
using Regioscan.Core.Storage;
using Regioscan.Functions.Functions;
using Regioscan.Functions.Tests.Support;
using Regioscan.Testing;

namespace Regioscan.Functions.Tests.Functions;

[Collection(AzuriteGroup.Name)]
public sealed class PublisherAndHttpFunctionTests(AzuriteFixture azurite)
{
    private static HttpRequest Request(string? body = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = body is null ? "GET" : "POST";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? string.Empty));
        return context.Request;
    }

    private static JsonElement Body(IActionResult result, int status)
    {
        var content = Assert.IsType<ContentResult>(result);
        Assert.Equal(status, content.StatusCode);
        using var json = JsonDocument.Parse(content.Content!);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Upload_then_queued_publish_makes_a_release_and_the_api_reports_it()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        var blob = await harness.UploadAsync("PV23/scan.csv", FunctionsHarness.SampleScan("PV23"));
        await harness.Create<IntakeFunction>().RunAsync(blob, "PV23", "scan.csv", CancellationToken.None);

        foreach (var message in await harness.DrainQueueAsync())
        {
            await harness.Create<PublisherFunction>().RunAsync(message, 1, CancellationToken.None);
        }

        var api = harness.Create<ReleasesHttpFunctions>();
        var list = Body(await api.ListReleasesAsync(Request(), CancellationToken.None), 200);
        Assert.Equal("1.0.0", list.GetProperty("latest").GetString());
        Assert.NotNull(await harness.Store.GetAsync(Containers.Releases, "v1.0.0/manifest.json"));
    }

    [Fact]
    public async Task With_the_example_catalogue_settings_a_publish_is_refused_logged_and_its_request_failed_without_a_retry()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite, new ReleaseMetadataOptions());
        var blob = await harness.UploadAsync("PV23/scan.csv", FunctionsHarness.SampleScan("PV23"));
        await harness.Create<IntakeFunction>().RunAsync(blob, "PV23", "scan.csv", CancellationToken.None);
        var message = Assert.Single(await harness.DrainQueueAsync());
        var id = JsonDocument.Parse(message).RootElement.GetProperty("id").GetString()!;
        var logger = new CollectingLogger<PublisherFunction>();

        // Returns normally: a setting to change is no failure the queue's retries could mend.
        await new PublisherFunction(harness.Services.GetRequiredService<PublishRequestService>(), logger).RunAsync(message, 1, CancellationToken.None);

        Assert.Null(await harness.Store.GetAsync(Containers.Releases, "latest.json"));
        Assert.Empty(await harness.NamesAsync(Containers.Releases));
        var status = Body(await harness.Create<ReleasesHttpFunctions>().GetRequestAsync(Request(), id, CancellationToken.None), 200);
        Assert.Equal("failed", status.GetProperty("state").GetString());
        Assert.True(status.GetProperty("final").GetBoolean(), "a refusal is final on the first attempt");
        Assert.Equal(1, status.GetProperty("attempt").GetInt32());
        var reason = status.GetProperty("message").GetString()!;
        Assert.Contains("Regioscan__Catalog__ContactEmail", reason, StringComparison.Ordinal);
        Assert.Contains("Regioscan__Catalog__BaseUrl", reason, StringComparison.Ordinal);
        var logged = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(id, logged.Message, StringComparison.Ordinal);
        Assert.Contains("Regioscan__Catalog__ContactEmail", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Republish_request_is_accepted_then_tracked_to_completion()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        var api = harness.Create<ReleasesHttpFunctions>();
        var post = Request("""{"reason": "code lists updated"}""");

        var accepted = Body(await api.RequestReleaseAsync(post, CancellationToken.None), 202);
        var id = accepted.GetProperty("request_id").GetString()!;
        Assert.Equal($"/api/releases/requests/{id}", post.HttpContext.Response.Headers.Location.ToString());
        var queued = Body(await api.GetRequestAsync(Request(), id, CancellationToken.None), 200);
        Assert.Equal("queued", queued.GetProperty("state").GetString());
        Assert.False(queued.GetProperty("final").GetBoolean());
        Assert.Equal(JsonValueKind.Null, queued.GetProperty("attempt").ValueKind);

        var message = Assert.Single(await harness.DrainQueueAsync());
        await harness.Create<PublisherFunction>().RunAsync(message, 2, CancellationToken.None);

        var status = Body(await api.GetRequestAsync(Request(), id, CancellationToken.None), 200);
        Assert.Equal("completed", status.GetProperty("state").GetString());
        Assert.True(status.GetProperty("final").GetBoolean());
        Assert.Equal(2, status.GetProperty("attempt").GetInt32());
        Assert.Equal(5, status.GetProperty("max_attempts").GetInt32());
        Assert.False(status.GetProperty("published").GetBoolean(), "nothing was accepted yet, so nothing is published");
        Assert.Contains("ingest", status.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_attempt_is_not_final_while_the_queue_retries_it_and_final_on_the_last()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.UploadAsync("PV23/scan.csv", FunctionsHarness.SampleScan("PV23"));
        await harness.Services.GetRequiredService<UploadProcessor>().ProcessUploadAsync("PV23/scan.csv", skipEmpty: true);
        // latest.json names a release that has no manifest: every publish stops (docs/operators.md, recovery).
        await harness.Store.WriteAsync(Containers.Releases, "latest.json", new MemoryStream("""{"version": "1.0.0"}"""u8.ToArray()));
        var api = harness.Create<ReleasesHttpFunctions>();
        var id = Body(await api.RequestReleaseAsync(Request("""{"reason": "nightly"}"""), CancellationToken.None), 202).GetProperty("request_id").GetString()!;
        var message = Assert.Single(await harness.DrainQueueAsync());
        var publisher = harness.Create<PublisherFunction>();

        // Rethrown, so the queue delivers the message again.
        await Assert.ThrowsAnyAsync<Exception>(() => publisher.RunAsync(message, 1, CancellationToken.None));
        var first = Body(await api.GetRequestAsync(Request(), id, CancellationToken.None), 200);
        Assert.Equal("failed", first.GetProperty("state").GetString());
        Assert.False(first.GetProperty("final").GetBoolean(), "attempt 1 of 5 is retried by the queue");
        Assert.Equal(1, first.GetProperty("attempt").GetInt32());
        Assert.Equal(PublisherFunction.MaxDequeueCount, first.GetProperty("max_attempts").GetInt32());
        Assert.Contains("latest.json", first.GetProperty("message").GetString(), StringComparison.Ordinal);

        await Assert.ThrowsAnyAsync<Exception>(() => publisher.RunAsync(message, PublisherFunction.MaxDequeueCount, CancellationToken.None));
        var last = Body(await api.GetRequestAsync(Request(), id, CancellationToken.None), 200);
        Assert.Equal("failed", last.GetProperty("state").GetString());
        Assert.True(last.GetProperty("final").GetBoolean(), "after the last attempt the message is poisoned");
        Assert.Equal(PublisherFunction.MaxDequeueCount, last.GetProperty("attempt").GetInt32());
    }

    [Fact]
    public async Task A_forced_republish_makes_a_patch_release_with_unchanged_data()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.UploadAsync("PV23/scan.csv", FunctionsHarness.SampleScan("PV23"));
        await harness.Services.GetRequiredService<UploadProcessor>().ProcessUploadAsync("PV23/scan.csv", skipEmpty: true);
        var api = harness.Create<ReleasesHttpFunctions>();
        var publisher = harness.Create<PublisherFunction>();

        async Task<JsonElement> RepublishAsync(string body)
        {
            var id = Body(await api.RequestReleaseAsync(Request(body), CancellationToken.None), 202).GetProperty("request_id").GetString()!;
            await publisher.RunAsync(Assert.Single(await harness.DrainQueueAsync()), 1, CancellationToken.None);
            return Body(await api.GetRequestAsync(Request(), id, CancellationToken.None), 200);
        }

        Assert.Equal("1.0.0", (await RepublishAsync("""{"reason": "first"}""")).GetProperty("version").GetString());
        var unforced = await RepublishAsync("""{"reason": "again", "force": false}""");
        Assert.False(unforced.GetProperty("published").GetBoolean());
        Assert.False(unforced.GetProperty("request").GetProperty("force").GetBoolean());

        var forced = await RepublishAsync("""{"reason": "catalogue texts fixed", "force": true}""");

        Assert.True(forced.GetProperty("request").GetProperty("force").GetBoolean());
        Assert.True(forced.GetProperty("published").GetBoolean());
        Assert.Equal("1.0.1", forced.GetProperty("version").GetString());
        await using var stored = (await harness.Store.OpenReadAsync(Containers.Releases, "v1.0.1/CHANGELOG.md"))!;
        var changelog = await new StreamReader(stored).ReadToEndAsync();
        Assert.Contains("The data did not change: every data file is the same as in release 1.0.0.", changelog, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "reason")]
    [InlineData("not json", "reason")]
    [InlineData("""{"reason": ""}""", "reason")]
    [InlineData("""{"reason": 42}""", "reason")]
    [InlineData("""{"reason": "x", "force": "true"}""", "force")]
    [InlineData("""{"reason": "x", "force": 1}""", "force")]
    [InlineData("""{"reason": "x", "force": null}""", "force")]
    public async Task Republish_without_a_reason_or_with_a_force_that_is_no_boolean_is_a_bad_request(string body, string named)
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);

        var result = await harness.Create<ReleasesHttpFunctions>().RequestReleaseAsync(Request(body), CancellationToken.None);

        var problem = Assert.IsType<ObjectResult>(result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Contains(named, Assert.IsType<ProblemDetails>(problem.Value).Detail, StringComparison.Ordinal);
        Assert.Empty(await harness.DrainQueueAsync());
    }

    [Fact]
    public async Task An_unknown_request_id_is_not_found()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);

        var result = await harness.Create<ReleasesHttpFunctions>().GetRequestAsync(Request(), "20260101T000000-000000000000", CancellationToken.None);

        Assert.Equal(404, Assert.IsType<ObjectResult>(result).StatusCode);
    }

    [Fact]
    public async Task Sweep_processes_uploads_no_event_delivered_and_requests_a_publish()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.UploadAsync("PV24/backfill.csv", FunctionsHarness.SampleScan("PV24"));
        await harness.UploadAsync("stray.csv", FunctionsHarness.SampleScan("PV24"));

        await harness.Create<SweepFunction>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        Assert.Contains(await harness.NamesAsync(Containers.Scans, "PV24/"), n => n.EndsWith("/activities.jsonl", StringComparison.Ordinal));
        Assert.Contains(await harness.NamesAsync(Containers.Quarantine, "unknown/"), n => n.EndsWith("/report.json", StringComparison.Ordinal));
        Assert.Contains("\"source\": \"sweep\"", Assert.Single(await harness.DrainQueueAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_requests_a_publish_for_a_scan_no_release_holds_once_its_own_request_is_gone()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Create<SweepFunction>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        Assert.Empty(await harness.DrainQueueAsync());

        // Accepted and processed (its receipt written), but the publish request it made was lost.
        await harness.UploadAsync("PV24/accepted.csv", FunctionsHarness.SampleScan("PV24"));
        await harness.Services.GetRequiredService<UploadProcessor>().ProcessUploadAsync("PV24/accepted.csv", skipEmpty: true);
        Assert.Empty(await harness.DrainQueueAsync());

        await harness.Create<SweepFunction>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        var request = Assert.Single(await harness.DrainQueueAsync());
        Assert.Contains("sweep found scans in no release", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_does_not_request_again_while_its_request_waits_and_backs_off_after_each_failure()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        var sweep = harness.Create<SweepFunction>();
        var requests = harness.Services.GetRequiredService<PublishRequestService>();
        await harness.UploadAsync("PV24/accepted.csv", FunctionsHarness.SampleScan("PV24"));
        await harness.Services.GetRequiredService<UploadProcessor>().ProcessUploadAsync("PV24/accepted.csv", skipEmpty: true);

        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var first = RequestId(Assert.Single(await harness.DrainQueueAsync()));

        // Still queued: no second request.
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        Assert.Empty(await harness.DrainQueueAsync());

        // Failed 10 minutes ago: within the first back-off (15 minutes); 16 minutes ago: past it.
        await FailAsync(first, TimeSpan.FromMinutes(10));
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        Assert.Empty(await harness.DrainQueueAsync());
        await FailAsync(first, TimeSpan.FromMinutes(16));
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var second = RequestId(Assert.Single(await harness.DrainQueueAsync()));
        Assert.NotEqual(first, second);

        // The second failure in a row waits twice as long.
        await FailAsync(second, TimeSpan.FromMinutes(20));
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        Assert.Empty(await harness.DrainQueueAsync());
        await FailAsync(second, TimeSpan.FromMinutes(31));
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        Assert.Single(await harness.DrainQueueAsync());

        async Task FailAsync(string id, TimeSpan ago)
        {
            var status = (await requests.GetAsync(id))!;
            var failed = status with { State = PublishRequestState.Failed, UpdatedAt = DateTimeOffset.UtcNow - ago, Message = "manifest.json is missing", Attempt = 5, MaxAttempts = 5, Final = true };
            await harness.Store.WriteAsync(Containers.System, $"requests/{id}.json", new MemoryStream(Core.Releases.Metadata.ReleaseJson.Serialize(failed)));
        }

        static string RequestId(string message) => JsonDocument.Parse(message).RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Sweep_waits_for_a_failed_request_the_queue_still_retries_and_asks_again_for_one_abandoned()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        var requests = harness.Services.GetRequiredService<PublishRequestService>();
        var logger = new CollectingLogger<SweepFunction>();
        var sweep = new SweepFunction(
            harness.Services.GetRequiredService<UploadProcessor>(), harness.Services.GetRequiredService<Publisher>(), requests,
            harness.Services.GetRequiredService<ReleaseVerifier>(), logger);
        await harness.UploadAsync("PV24/accepted.csv", FunctionsHarness.SampleScan("PV24"));
        await harness.Services.GetRequiredService<UploadProcessor>().ProcessUploadAsync("PV24/accepted.csv", skipEmpty: true);
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var first = RequestId(Assert.Single(await harness.DrainQueueAsync()));

        // Attempt 2 of 5 failed 20 minutes ago (past the first back-off): the queue runs attempt 3, so no second request.
        await SetAsync(first, PublishRequestState.Failed, TimeSpan.FromMinutes(20), final: false);
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        Assert.Empty(await harness.DrainQueueAsync());

        // Running, but unchanged for two hours: its host stopped and the queue gave it up. Asked again, with a warning.
        logger.Entries.Clear();
        await SetAsync(first, PublishRequestState.Running, TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1), final: false);
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var second = RequestId(Assert.Single(await harness.DrainQueueAsync()));
        Assert.NotEqual(first, second);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains(first, warning.Message, StringComparison.Ordinal);
        Assert.Contains(second, warning.Message, StringComparison.Ordinal);
        Assert.Contains("abandoned", warning.Message, StringComparison.Ordinal);

        // Abandoned again (queued, three hours): the second failure in a row, so it waits 30 minutes from the
        // request's last change, which has long passed: asked again.
        await SetAsync(second, PublishRequestState.Queued, TimeSpan.FromHours(3), final: false);
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var third = RequestId(Assert.Single(await harness.DrainQueueAsync()));

        // After eight failures in a row the back-off is a day: an abandoned request waits for it, and says so.
        await harness.Store.WriteAsync(Containers.System, "sweep-request.json",
            new MemoryStream(Core.Releases.Metadata.ReleaseJson.Serialize(new SweepRequest(third, 7))));
        await SetAsync(third, PublishRequestState.Running, TimeSpan.FromHours(3), final: false);
        logger.Entries.Clear();
        await sweep.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        Assert.Empty(await harness.DrainQueueAsync());
        var error = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(third, error.Message, StringComparison.Ordinal);
        Assert.Contains("abandoned", error.Message, StringComparison.Ordinal);

        async Task SetAsync(string id, PublishRequestState state, TimeSpan ago, bool final)
        {
            var status = (await requests.GetAsync(id))!;
            var changed = status with { State = state, UpdatedAt = DateTimeOffset.UtcNow - ago, Attempt = 2, MaxAttempts = 5, Final = final };
            await harness.Store.WriteAsync(Containers.System, $"requests/{id}.json", new MemoryStream(Core.Releases.Metadata.ReleaseJson.Serialize(changed)));
        }

        static string RequestId(string message) => JsonDocument.Parse(message).RootElement.GetProperty("id").GetString()!;
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    [InlineData(7, 960)]
    [InlineData(8, 1440)]
    [InlineData(40, 1440)]
    public void The_sweeps_back_off_doubles_from_15_minutes_up_to_a_day(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), PublishRequestService.RetryBackOff(failures));
}
