using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Core;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>An answer the storage service never gave: what a fault-injecting policy returns instead of sending the request.</summary>
internal sealed class FakeResponse : Response
{
    private readonly Dictionary<string, string> _headers;

    public FakeResponse(int status, string reason, string errorCode, string clientRequestId)
    {
        Status = status;
        ReasonPhrase = reason;
        ClientRequestId = clientRequestId;
        _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["x-ms-error-code"] = errorCode,
            ["x-ms-request-id"] = Guid.NewGuid().ToString(),
            ["Content-Type"] = "application/xml",
        };
        ContentStream = new MemoryStream(Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{errorCode}</Code><Message>Injected fault.</Message></Error>"));
    }

    public override int Status { get; }

    public override string ReasonPhrase { get; }

    /// <summary>The transport, which would classify the answer, never sees it; the retry policy reads this.</summary>
    public override bool IsError => Status >= 400;

    public override Stream? ContentStream { get; set; }

    public override string ClientRequestId { get; set; }

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers.Select(h => new HttpHeader(h.Key, h.Value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => _headers.TryGetValue(name, out value);

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        var found = _headers.TryGetValue(name, out var value);
        values = found ? [value!] : null;
        return found;
    }
}
