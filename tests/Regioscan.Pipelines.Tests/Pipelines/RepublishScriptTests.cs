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
    private readonly Queue<string> _states = new();
    private readonly List<string> _log = [];
    private readonly Task _serving;
    private string? _postedReason;

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
        Assert.Contains("completed: published=True, version=1.4.0", output, StringComparison.Ordinal);
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

        var (exit, output) = await RunScriptAsync(Key, "deployed from main (abc123)");

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

    private Task<(int Exit, string Output)> RunAsync(string key, params string[] args) => RunScriptAsync(key, null, args);

    private async Task<(int Exit, string Output)> RunScriptAsync(string key, string? environmentReason, params string[] args)
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
        if (environmentReason is not null)
        {
            start.Environment["REGIOSCAN_REPUBLISH_REASON"] = environmentReason;
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
                Write(response, 202, """{"request_id": "r-1", "state": "queued", "status_url": "/api/releases/requests/r-1"}""");
            }
            else if (request.HttpMethod == "GET" && request.Url.AbsolutePath == "/api/releases/requests/r-1")
            {
                var state = _states.Count > 1 ? _states.Dequeue() : _states.Peek();
                Write(response, 200, Status(state));
            }
            else
            {
                Write(response, 404, "");
            }
        }
    }

    // The shape of PublishRequestStatus serialised with ReleaseJson.Options.
    private static string Status(string state) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["request"] = new Dictionary<string, object> { ["id"] = "r-1", ["reason"] = "x", ["source"] = "republish", ["requested_at"] = "2025-06-01T10:00:00+00:00" },
        ["state"] = state,
        ["updated_at"] = "2025-06-01T10:00:05+00:00",
        ["published"] = state == "completed" ? true : null,
        ["version"] = state == "completed" ? "1.4.0" : null,
        ["message"] = state == "failed" ? "the publish lock was held too long" : null,
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
