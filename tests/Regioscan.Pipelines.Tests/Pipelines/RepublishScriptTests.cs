using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Regioscan.Pipelines.Tests.Support;

namespace Regioscan.Pipelines.Tests.Pipelines;

/// <summary>
/// Runs pipelines/scripts/republish.sh (bash, curl, python3) against a loopback server that answers
/// like ReleasesHttpFunctions: 202 with request_id and status_url, then the stored status document
/// (snake_case, state in lowercase). The Functions host itself cannot run here.
/// </summary>
public sealed class RepublishScriptTests : IDisposable
{
    private const string Key = "test-function-key";
    private readonly HttpListener _listener = new();
    private const string Accepted = """{"request_id": "r-1", "state": "queued", "status_url": "/api/releases/requests/r-1"}""";
    private readonly Queue<string> _states = new();
    private readonly Queue<(int Status, string Body)> _postAnswers = new();
    private readonly Queue<(int Status, string Body)> _pollAnswers = new();
    private readonly List<string> _log = [];
    private readonly Task _serving;
    private string? _postedReason;
    private bool? _postedForce;

    public RepublishScriptTests()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    private string BaseUrl { get; }

    [Fact]
    public async Task A_completed_request_ends_the_script_with_exit_code_0()
    {
        _states.Enqueue("queued");
        _states.Enqueue("running");
        _states.Enqueue("completed");

        var (exit, output) = await RunAsync(Key, "--reason", "code lists updated");

        Assert.True(exit == 0, output);
        Assert.Equal("code lists updated", _postedReason);
        Assert.Contains("completed: published=true, version=1.4.0", output, StringComparison.Ordinal);
        Assert.Equal(["POST /api/releases", "GET /api/releases/requests/r-1", "GET /api/releases/requests/r-1", "GET /api/releases/requests/r-1"], _log);
    }

    [Fact]
    public async Task A_failed_request_ends_the_script_with_exit_code_1()
    {
        _states.Enqueue("failed");

        var (exit, output) = await RunAsync(Key, "--reason", "nightly");

        Assert.True(exit == 1, output);
        Assert.Contains("the publish lock was held too long", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_attempt_that_the_queue_retries_is_waited_for_until_the_request_completes()
    {
        _pollAnswers.Enqueue((200, Status("failed", attempt: 1, final: false)));
        _pollAnswers.Enqueue((200, Status("running", attempt: 2, final: false)));
        _states.Enqueue("completed");

        var (exit, output) = await RunAsync(Key, "--reason", "nightly");

        Assert.True(exit == 0, output);
        Assert.Contains("attempt 1 of 5 failed: the publish lock was held too long; the queue tries again", output, StringComparison.Ordinal);
        Assert.Contains("completed: published=true", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_on_the_last_attempt_ends_the_script_with_exit_code_1()
    {
        _pollAnswers.Enqueue((200, Status("failed", attempt: 1, final: false)));
        _pollAnswers.Enqueue((200, Status("failed", attempt: 5, final: true)));

        var (exit, output) = await RunAsync(Key, "--reason", "nightly");

        Assert.True(exit == 1, output);
        Assert.Contains("failed (attempt 5 of 5, the last): the publish lock was held too long", output, StringComparison.Ordinal);
        Assert.Equal(3, _log.Count);
    }

    [Fact]
    public async Task A_poll_answered_with_a_page_instead_of_the_status_is_retried()
    {
        _pollAnswers.Enqueue((200, "<html>Function host is starting</html>"));
        _states.Enqueue("completed");

        var (exit, output) = await RunAsync(Key, "--reason", "nightly");

        Assert.True(exit == 0, output);
        Assert.Contains("failed, retrying: HTTP 200: <html>Function host is starting</html>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Traceback", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(202, "<html>warming up</html>")]
    [InlineData(202, """{"state": "queued"}""")]
    [InlineData(200, "[]")]
    public async Task A_post_answered_with_something_else_than_a_publish_request_is_exit_code_2(int status, string body)
    {
        _postAnswers.Enqueue((status, body));

        var (exit, output) = await RunAsync(Key, "--reason", "nightly");

        Assert.True(exit == 2, output);
        Assert.Contains("with something else than a publish request", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Traceback", output, StringComparison.Ordinal);
        Assert.Equal(["POST /api/releases"], _log);
    }

    [Fact]
    public async Task A_post_answered_5xx_is_sent_again_with_a_growing_wait()
    {
        _postAnswers.Enqueue((503, "<html>Service Unavailable - the app is starting</html>"));
        _postAnswers.Enqueue((502, ""));
        _states.Enqueue("completed");

        var (exit, output) = await RunAsync(Key, "--reason", "nightly", "--retry-delay", "0");

        Assert.True(exit == 0, output);
        Assert.Equal(["POST /api/releases", "POST /api/releases", "POST /api/releases", "GET /api/releases/requests/r-1"], _log);
        Assert.Contains("HTTP 503: <html>Service Unavailable - the app is starting</html>); sending it again", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_that_keeps_failing_gives_up_after_three_retries_with_exit_code_2()
    {
        for (var i = 0; i < 5; i++)
        {
            _postAnswers.Enqueue((503, ""));
        }

        var (exit, output) = await RunAsync(Key, "--reason", "nightly", "--retry-delay", "0");

        Assert.True(exit == 2, output);
        Assert.Equal(4, _log.Count);
        Assert.Contains("failed 4 times", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_answered_4xx_is_not_sent_again()
    {
        _postAnswers.Enqueue((400, """{"title": "The request body is not valid."}"""));

        var (exit, output) = await RunAsync(Key, "--reason", "nightly", "--retry-delay", "0");

        Assert.True(exit == 2, output);
        Assert.Equal(["POST /api/releases"], _log);
        Assert.Contains("HTTP 400", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--timeout takes whole seconds (e.g. 1800), not 'abc'", "--timeout", "abc")]
    [InlineData("--timeout takes whole seconds (e.g. 1800), not '30m'", "--timeout", "30m")]
    [InlineData("--interval takes whole seconds (e.g. 15), not '-1'", "--interval", "-1")]
    [InlineData("--retry-delay takes whole seconds (e.g. 5), not 'soon'", "--retry-delay", "soon")]
    [InlineData("--reason needs a value", "--reason")]
    [InlineData("--reason needs a value", "--reason", "--force")]
    [InlineData("a reason is required", "--reason", "   ")]
    [InlineData("--url needs a value", "--url")]
    [InlineData("--url must start with https://", "--url", "app.azurewebsites.net")]
    [InlineData("unknown argument: --unknown", "--unknown")]
    public async Task A_bad_option_is_a_usage_error_before_any_request(string message, params string[] args)
    {
        var (exit, output) = await RunAsync(Key, ["--reason", "nightly", .. args]);

        Assert.True(exit == 2, output);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Empty(_log);
        Assert.DoesNotContain("unbound variable", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Traceback", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_over_500_characters_is_shortened_keeping_the_commit()
    {
        _states.Enqueue("completed");
        const string Sha = "0123456789abcdef0123456789abcdef01234567";
        var reason = new string('x', 700) + " (" + Sha + ")";

        var (exit, output) = await RunAsync(Key, "--reason", reason);

        Assert.True(exit == 0, output);
        Assert.Equal(500, _postedReason!.Length);
        Assert.EndsWith("… (" + Sha + ")", _postedReason, StringComparison.Ordinal);
        Assert.Contains("the reason has 743 characters and the API takes at most 500: sent shortened to 500, keeping the commit", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Force_is_sent_in_the_body_from_the_option_or_the_environment()
    {
        _states.Enqueue("completed");

        var (exit, output) = await RunAsync(Key, "--reason", "contact address fixed", "--force");
        Assert.True(exit == 0, output);
        Assert.True(_postedForce);

        (exit, output) = await RunScriptAsync(
            Key, new Dictionary<string, string> { ["REGIOSCAN_REPUBLISH_REASON"] = "contact address fixed", ["REGIOSCAN_REPUBLISH_FORCE"] = "True" });
        Assert.True(exit == 0, output);
        Assert.True(_postedForce);

        (exit, output) = await RunAsync(Key, "--reason", "nightly");
        Assert.True(exit == 0, output);
        Assert.Null(_postedForce);
    }

    [Fact]
    public async Task A_request_still_running_at_the_deadline_ends_with_exit_code_3()
    {
        _states.Enqueue("running");

        var (exit, output) = await RunAsync(Key, "--reason", "nightly", "--timeout", "0");

        Assert.True(exit == 3, output);
        Assert.Contains("timed out", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_function_key_is_an_http_error_with_exit_code_2()
    {
        var (exit, output) = await RunAsync("wrong-key", "--reason", "nightly");

        Assert.True(exit == 2, output);
        Assert.Equal(["POST /api/releases"], _log);
    }

    [Fact]
    public async Task The_reason_can_come_from_the_environment()
    {
        _states.Enqueue("completed");

        var (exit, output) = await RunScriptAsync(Key, new Dictionary<string, string> { ["REGIOSCAN_REPUBLISH_REASON"] = "deployed from main (abc123)" });

        Assert.True(exit == 0, output);
        Assert.Equal("deployed from main (abc123)", _postedReason);
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContextAsync.
        }
    }

    private Task<(int Exit, string Output)> RunAsync(string key, params string[] args) => RunScriptAsync(key, [], args);

    private async Task<(int Exit, string Output)> RunScriptAsync(string key, Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.ArgumentList.Add("pipelines/scripts/republish.sh");
        start.ArgumentList.Add("--url");
        start.ArgumentList.Add(BaseUrl);
        start.ArgumentList.Add("--interval");
        start.ArgumentList.Add("0");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["REGIOSCAN_FUNCTION_KEY"] = key;
        start.Environment.Remove("REGIOSCAN_REPUBLISH_REASON");
        start.Environment.Remove("REGIOSCAN_REPUBLISH_FORCE");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            var request = context.Request;
            lock (_log)
            {
                _log.Add($"{request.HttpMethod} {request.Url!.AbsolutePath}");
            }

            if (request.Headers["x-functions-key"] != Key)
            {
                Write(response, 401, "");
                continue;
            }

            if (request.HttpMethod == "POST" && request.Url.AbsolutePath == "/api/releases")
            {
                using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
                using var body = JsonDocument.Parse(await reader.ReadToEndAsync());
                _postedReason = body.RootElement.GetProperty("reason").GetString();
                _postedForce = body.RootElement.TryGetProperty("force", out var force) ? force.GetBoolean() : null;
                var (status, answer) = _postAnswers.Count > 0 ? _postAnswers.Dequeue() : (202, Accepted);
                Write(response, status, answer);
            }
            else if (request.HttpMethod == "GET" && request.Url.AbsolutePath == "/api/releases/requests/r-1")
            {
                if (_pollAnswers.Count > 0)
                {
                    var (status, answer) = _pollAnswers.Dequeue();
                    Write(response, status, answer);
                    continue;
                }

                var state = _states.Count > 1 ? _states.Dequeue() : _states.Peek();
                Write(response, 200, Status(state));
            }
            else
            {
                Write(response, 404, "");
            }
        }
    }

    // The shape of PublishRequestStatus serialised with ReleaseJson.Options; without attempt and final, as an app from
    // before those fields answered.
    private static string Status(string state, int? attempt = null, bool? final = null) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["request"] = new Dictionary<string, object> { ["id"] = "r-1", ["reason"] = "x", ["source"] = "republish", ["requested_at"] = "2025-06-01T10:00:00+00:00" },
        ["state"] = state,
        ["updated_at"] = "2025-06-01T10:00:05+00:00",
        ["published"] = state == "completed" ? true : null,
        ["version"] = state == "completed" ? "1.4.0" : null,
        ["message"] = state == "failed" ? "the publish lock was held too long" : null,
        ["attempt"] = attempt,
        ["max_attempts"] = attempt is null ? null : 5,
        ["final"] = final,
    });

    private static void Write(HttpListenerResponse response, int status, string json)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(json);
        response.OutputStream.Write(bytes);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
