using System.Text.Json;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Map;

/// <summary>
/// One table of <c>map/data.js</c>, row by row, into a stream left open: the initiatives straight into the file after
/// <see cref="MapDataWriter.Begin"/>, the activities into a part of their own that <see cref="MapDataWriter.Finish"/>
/// copies after them once the release's version is known.
/// </summary>
/// <remarks>
/// A table is written as <c>{"columns":[names],"codes":{column:code list},"rows":[[values],…]}</c>: each row is an
/// array of its values in column order, and a coded column's values are positions in its code list (the file's
/// <c>codelists</c>, <see cref="MapDataWriter.CodeLists"/>), so neither field names nor code strings are repeated on
/// every row. The map turns the rows back into objects when the page loads (<c>readTable</c> in
/// <c>web/map/src/model.js</c>). A code that is not in its list (never the case for a validated scan) is written as its
/// text, which the page shows as it is.
/// </remarks>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class MapTablePart<TRow> : IRowSink<TRow>, IAsyncDisposable
{
    private const int FlushBytes = 1 << 16;

    private readonly Utf8JsonWriter _json;
    private readonly Column<TRow>[] _columns;
    private readonly Dictionary<string, int>?[] _positions;

    /// <summary>Writes the table's header and starts its rows.</summary>
    public MapTablePart(Stream output, IReadOnlyList<Column<TRow>> columns)
    {
        _columns = [.. columns];
        _positions = columns
            .Select(c => c.CodeList is null ? null : MapDataWriter.CodeLists[c.CodeList].Positions())
            .ToArray();
        _json = new Utf8JsonWriter(output, MapDataWriter.JsonOptions);
        _json.WriteStartObject();
        _json.WriteStartArray("columns");
        foreach (var column in columns)
        {
            _json.WriteStringValue(column.Name);
        }

        _json.WriteEndArray();
        _json.WriteStartObject("codes");
        foreach (var column in columns.Where(c => c.CodeList is not null))
        {
            _json.WriteString(column.Name, column.CodeList);
        }

        _json.WriteEndObject();
        _json.WriteStartArray("rows");
    }

    /// <inheritdoc />
    public ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        _json.WriteStartArray();
        for (var i = 0; i < _columns.Length; i++)
        {
            var value = _columns[i].Value(row);
            if (_positions[i] is { } positions)
            {
                WriteCoded(value, positions);
            }
            else
            {
                PublishedValueJson.Write(_json, value);
            }
        }

        _json.WriteEndArray();
        return _json.BytesPending > FlushBytes ? new ValueTask(_json.FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _json.DisposeAsync();

    private void WriteCoded(object? value, Dictionary<string, int> positions)
    {
        switch (value)
        {
            case string code:
                WriteCode(code, positions);
                break;
            case IReadOnlyList<string> codes:
                _json.WriteStartArray();
                for (var i = 0; i < codes.Count; i++)
                {
                    WriteCode(codes[i], positions);
                }

                _json.WriteEndArray();
                break;
            default:
                PublishedValueJson.Write(_json, value);
                break;
        }
    }

    private void WriteCode(string code, Dictionary<string, int> positions)
    {
        if (positions.TryGetValue(code, out var position))
        {
            _json.WriteNumberValue(position);
        }
        else
        {
            _json.WriteStringValue(code);
        }
    }
}
