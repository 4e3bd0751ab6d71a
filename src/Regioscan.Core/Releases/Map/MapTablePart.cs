using System.Text.Json;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Map;

/// <summary>
/// One table of <c>map/data.js</c> as a JSON array, row by row, into its own stream; <see cref="MapDataWriter.Assemble"/>
/// puts the parts together once the release's version is known.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class MapTablePart<TRow> : IRowSink<TRow>, IAsyncDisposable
{
    private const int FlushBytes = 1 << 16;

    private readonly Utf8JsonWriter _json;
    private readonly IReadOnlyList<Column<TRow>> _columns;

    /// <summary>Starts the array.</summary>
    public MapTablePart(Stream output, IReadOnlyList<Column<TRow>> columns)
    {
        _columns = columns;
        _json = new Utf8JsonWriter(output, MapDataWriter.JsonOptions);
        _json.WriteStartArray();
    }

    /// <inheritdoc />
    public ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        foreach (var column in _columns)
        {
            _json.WritePropertyName(column.Name);
            PublishedValueJson.Write(_json, column.Value(row));
        }

        _json.WriteEndObject();
        return _json.BytesPending > FlushBytes ? new ValueTask(_json.FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        await _json.FlushAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _json.DisposeAsync();
}
