using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Functions.Functions;

/// <summary>
/// The HTTP API (function key required on every endpoint):
/// <c>POST /api/releases</c> asks for a republication (body <c>{"reason": "…"}</c>, optionally <c>"force": true</c> to make a
/// release also when the data did not change; 202 with a request id),
/// <c>GET /api/releases</c> lists the releases, <c>GET /api/releases/requests/{id}</c> says what became of a request.
/// </summary>
public sealed class ReleasesHttpFunctions(PublishRequestService requests, ReleaseCatalog catalog)
{
    /// <summary>Longest accepted reason.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Largest accepted body of <c>POST /api/releases</c>, in characters.</summary>
    public const int MaxBodyLength = 16 * 1024;

    /// <summary><c>POST /api/releases</c>.</summary>
    [Function("RequestRelease")]
    public async Task<IActionResult> RequestReleaseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "releases")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body.Error is not null)
        {
            return Problem(StatusCodes.Status400BadRequest, "The request body is not valid.", body.Error);
        }

        var status = await requests.SubmitAsync(body.Reason!, "republish", body.Force, cancellationToken);
        var statusUrl = $"/api/releases/requests/{status.Request.Id}";
        request.HttpContext.Response.Headers.Location = statusUrl;
        return Json(new { request_id = status.Request.Id, state = status.State, status_url = statusUrl }, StatusCodes.Status202Accepted);
    }

    /// <summary><c>GET /api/releases</c>.</summary>
    [Function("ListReleases")]
    public async Task<IActionResult> ListReleasesAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "releases")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        _ = request;
        var index = await catalog.GetIndexAsync(cancellationToken);
        var latest = (await catalog.GetLatestAsync(cancellationToken))?.Value.Version;
        return Json(new { latest, releases = index.Releases });
    }

    /// <summary><c>GET /api/releases/requests/{id}</c>.</summary>
    [Function("GetReleaseRequest")]
    public async Task<IActionResult> GetRequestAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "releases/requests/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        _ = request;
        var status = await requests.GetAsync(id, cancellationToken);
        return status is null
            ? Problem(StatusCodes.Status404NotFound, "No such publish request.", $"There is no publish request '{id}'. Use the request_id that POST /api/releases returned.")
            : Json(status);
    }

    private static async Task<(string? Reason, bool Force, string? Error)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        if (body.Length > MaxBodyLength)
        {
            return (null, false, "The body is larger than 16 KiB; send {\"reason\": \"…\"}.");
        }

        string? reason;
        var force = false;
        try
        {
            using var json = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            var root = json.RootElement;
            reason = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String
                ? r.GetString()
                : null;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("force", out var f))
            {
                if (f.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return (null, false, "\"force\" must be true or false (JSON booleans, not strings).");
                }

                force = f.GetBoolean();
            }
        }
        catch (JsonException)
        {
            return (null, false, "The body is not JSON; send {\"reason\": \"why a new release is needed\"}.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return (null, false, "A reason is required: send {\"reason\": \"why a new release is needed\"}, e.g. \"code lists updated\".");
        }

        return reason.Length > MaxReasonLength
            ? (null, false, $"The reason is longer than {MaxReasonLength} characters.")
            : (reason.Trim(), force, null);
    }

    private static ContentResult Json(object value, int status = StatusCodes.Status200OK) => new()
    {
        Content = JsonSerializer.Serialize(value, ReleaseJson.Options),
        ContentType = "application/json; charset=utf-8",
        StatusCode = status,
    };

    private static ObjectResult Problem(int status, string title, string detail) => new(new ProblemDetails
    {
        Status = status,
        Title = title,
        Detail = detail,
    })
    {
        StatusCode = status,
        ContentTypes = { "application/problem+json" },
    };
}
