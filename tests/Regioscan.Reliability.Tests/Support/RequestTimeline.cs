using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>
/// Records when each PUT whose path contains a given part started and ended, holding each for a moment first, so that
/// requests sent together overlap measurably and requests sent one after another never do.
/// </summary>
internal sealed class RequestTimeline(string pathPart, TimeSpan hold) : HttpPipelinePolicy
{
    private readonly Lock _gate = new();
    private readonly List<(string Path, long Start, long End)> _requests = [];

    /// <summary>The recorded requests: the path after <c>pathPart</c>, and when each started and ended (timestamps).</summary>
    public IReadOnlyList<(string Path, long Start, long End)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The most requests under <paramref name="prefix"/> in flight at one moment, leaving out <paramref name="except"/>.</summary>
    public int MostAtOnce(string prefix, string except)
    {
        var spans = Requests.Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal) && r.Path != except).ToList();
        return spans.Count == 0 ? 0 : spans.Max(s => spans.Count(o => o.Start <= s.Start && s.Start < o.End));
    }

    /// <summary>Whether <paramref name="last"/> started only after every other request under <paramref name="prefix"/> ended.</summary>
    public bool StartedAfterTheRest(string prefix, string last)
    {
        var spans = Requests.Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var final = spans.Single(s => s.Path == last);
        return spans.Where(s => s.Path != last).All(s => s.End <= final.Start);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNext(message, pipeline);

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var path = Uri.UnescapeDataString(message.Request.Uri.Path);
        var at = path.IndexOf(pathPart, StringComparison.Ordinal);
        if (message.Request.Method != RequestMethod.Put || at < 0)
        {
            await ProcessNextAsync(message, pipeline);
            return;
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            await Task.Delay(hold);
            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            var end = Stopwatch.GetTimestamp();
            lock (_gate)
            {
                _requests.Add((path[(at + pathPart.Length)..], start, end));
            }
        }
    }
}
