using System.IO.Hashing;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Regioscan.Core.Releases.Staging;

/// <summary>
/// One table of the staged scans (<see cref="StagedScanJson"/>): its file, how a line becomes a row, and how to
/// read a line's id and fingerprint without making the row.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class StagedTable<TRow>
{
    private readonly JsonTypeInfo<TRow> _typeInfo;
    private readonly LineParser _parse;
    private readonly JsonEncodedText _idProperty;
    private readonly JsonWriterOptions _writerOptions;

    internal StagedTable(
        string fileName, JsonTypeInfo<TRow> typeInfo, JsonWriterOptions writerOptions, LineParser parse, string idProperty, Func<ReleaseTables, IEnumerable<TRow>> legacy)
    {
        FileName = fileName;
        _typeInfo = typeInfo;
        _parse = parse;
        _idProperty = JsonEncodedText.Encode(idProperty);
        _writerOptions = writerOptions;
        Legacy = legacy;
    }

    /// <summary>Makes a row from its line (<see cref="StagedRowReader"/>).</summary>
    /// <exception cref="JsonException">The line is not a row.</exception>
    internal delegate TRow LineParser(ReadOnlySpan<byte> line);

    /// <summary>The file's name in a staged scan folder.</summary>
    public string FileName { get; }

    /// <summary>The table's rows in a scan staged by an earlier version (one <c>scan.json</c>).</summary>
    public Func<ReleaseTables, IEnumerable<TRow>> Legacy { get; }

    /// <summary>A fingerprint of a line: equal lines are equal rows.</summary>
    public static UInt128 Fingerprint(ReadOnlySpan<byte> line) => XxHash128.HashToUInt128(line);

    /// <summary>The row of line <paramref name="number"/>.</summary>
    /// <exception cref="JsonException">The line is not a row.</exception>
    public TRow Parse(ReadOnlySpan<byte> line, int number)
    {
        try
        {
            return _parse(line);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new JsonException($"Line {number} of the staged scan's {FileName} is not a {typeof(TRow).Name}: {e.Message}", e);
        }
    }

    /// <summary>The id of the row on line <paramref name="number"/>: the first property of its name, read without making the row.</summary>
    /// <exception cref="JsonException">The line has no id.</exception>
    public string IdOf(ReadOnlySpan<byte> line, int number)
    {
        var reader = new Utf8JsonReader(line);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(_idProperty.EncodedUtf8Bytes))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        return reader.GetString()!;
                    }

                    break;
                }
            }
        }
        catch (JsonException e)
        {
            throw new JsonException($"Line {number} of the staged scan's {FileName} is not a {typeof(TRow).Name}: {e.Message}", e);
        }

        throw new JsonException(
            $"Line {number} of the staged scan's {FileName} has no \"{_idProperty}\"; the staged scan is damaged. Re-ingest the province's file.");
    }

    /// <summary>Writes <paramref name="rows"/> as JSON Lines, one row per line.</summary>
    public void Write(IEnumerable<TRow> rows, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);

        var lines = new LineChunks(destination);
        using var json = new Utf8JsonWriter(lines.Buffer, _writerOptions);
        foreach (var row in rows)
        {
            JsonSerializer.Serialize(json, row, _typeInfo);
            json.Flush();
            lines.EndLine();
            json.Reset(lines.Buffer);
        }

        lines.Flush();
    }

    /// <summary>The line of a row, as <see cref="Write"/> writes it (without the newline).</summary>
    public byte[] Serialize(TRow row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _writerOptions))
        {
            JsonSerializer.Serialize(json, row, _typeInfo);
        }

        return buffer.ToArray();
    }
}
