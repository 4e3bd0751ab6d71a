using System.Text;

namespace Regioscan.Core.Releases.Changes;

/// <summary>
/// The changes of one table, written to a scratch stream as they are found and read back in the same order,
/// so that a first release of a million "added" records holds counts rather than records. The format is a
/// private binary one (length-prefixed UTF-8 strings, tagged values) that lives only as long as the publish.
/// </summary>
internal sealed class SpooledChanges : IDisposable
{
    // Strict: text that cannot be UTF-8 fails here, as it would in changes.json's writer, instead of being replaced.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly BinaryWriter _writer;
    private bool _read;

    /// <param name="stream">An empty read/write stream, owned (and disposed) from now on.</param>
    public SpooledChanges(Stream stream)
    {
        _stream = stream;
        _writer = new BinaryWriter(stream, Utf8, leaveOpen: true);
    }

    /// <summary>How many changes of each type were added.</summary>
    public ChangeCounts Counts { get; private set; }

    /// <summary>Appends <paramref name="change"/>.</summary>
    /// <exception cref="InvalidOperationException">The changes were read already, or a value has no published type.</exception>
    public void Add(RecordChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_read)
        {
            throw new InvalidOperationException("Changes are spooled before they are read back, not after.");
        }

        _writer.Write(change.Id);
        _writer.Write(change.ProvinceCode);
        _writer.Write(change.Name);
        _writer.Write((byte)change.Type);
        _writer.Write7BitEncodedInt(change.Columns.Count);
        foreach (var column in change.Columns)
        {
            _writer.Write(column.Column);
            WriteValue(column.Old);
            WriteValue(column.New);
        }

        Counts = Counts.Plus(change.Type);
    }

    /// <summary>The changes in the order they were added; each call reads from the start, one read at a time.</summary>
    public IEnumerable<RecordChange> Read()
    {
        _read = true;
        _writer.Flush();
        _stream.Position = 0;
        return Records(Counts.Total);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    private IEnumerable<RecordChange> Records(int count)
    {
        using var reader = new BinaryReader(_stream, Utf8, leaveOpen: true);
        for (var i = 0; i < count; i++)
        {
            var id = reader.ReadString();
            var province = reader.ReadString();
            var name = reader.ReadString();
            var type = (ChangeType)reader.ReadByte();
            var columns = new ColumnChange[reader.Read7BitEncodedInt()];
            for (var c = 0; c < columns.Length; c++)
            {
                columns[c] = new ColumnChange(reader.ReadString(), ReadValue(reader), ReadValue(reader));
            }

            yield return new RecordChange(id, province, name, type, columns);
        }
    }

    /// <summary>The published value types (see <see cref="Schema.PublishedValueJson"/>), each behind a tag.</summary>
    private enum Tag : byte
    {
        Null,
        Text,
        Integer,
        Real,
        List,
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                _writer.Write((byte)Tag.Null);
                break;
            case string text:
                _writer.Write((byte)Tag.Text);
                _writer.Write(text);
                break;
            case long number:
                _writer.Write((byte)Tag.Integer);
                _writer.Write(number);
                break;
            case double number:
                _writer.Write((byte)Tag.Real);
                _writer.Write(number);
                break;
            case IEnumerable<string> items:
                var list = items as IReadOnlyCollection<string> ?? [.. items];
                _writer.Write((byte)Tag.List);
                _writer.Write7BitEncodedInt(list.Count);
                foreach (var item in list)
                {
                    _writer.Write(item);
                }

                break;
            default:
                throw new InvalidOperationException($"A published value of type {value.GetType().Name} cannot be spooled.");
        }
    }

    private static object? ReadValue(BinaryReader reader)
    {
        var tag = (Tag)reader.ReadByte();
        switch (tag)
        {
            case Tag.Null:
                return null;
            case Tag.Text:
                return reader.ReadString();
            case Tag.Integer:
                return reader.ReadInt64();
            case Tag.Real:
                return reader.ReadDouble();
            case Tag.List:
                var items = new string[reader.Read7BitEncodedInt()];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = reader.ReadString();
                }

                return items;
            default:
                throw new InvalidDataException($"The change spool holds an unknown value tag {(byte)tag}: it is damaged.");
        }
    }
}
