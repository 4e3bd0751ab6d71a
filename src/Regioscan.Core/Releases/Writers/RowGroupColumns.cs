using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// One Parquet row group's cells, column by column, copied out of the rows as they are added: text goes into reused
/// character chunks, numbers into arrays. No row is held while its group fills or is encoded, so rows die young
/// instead of surviving garbage collections by the thousand (holding 8,192-row groups of records made the collector
/// promote nearly every row of a release to the oldest generation).
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class RowGroupColumns<TRow>
{
    private const int ChunkChars = 1 << 16;

    private readonly RowCells<TRow> _cells;
    private readonly List<char[]> _chunks = [];
    private int _chunk;
    private int _used;

    public RowGroupColumns(RowCells<TRow> cells, int rows, bool geometry)
    {
        _cells = cells;
        Values = [.. cells.Columns.Select(c => new ColumnValues(c.Type, rows))];
        Geometry = geometry ? new ColumnValues(ColumnType.RealNumber, rows) : null;
        Latitudes = geometry ? new double[rows] : [];
    }

    /// <summary>The rows added.</summary>
    public int Count { get; private set; }

    /// <summary>The values of each column, in column order.</summary>
    public ColumnValues[] Values { get; }

    /// <summary>The points' longitudes (in <see cref="ColumnValues.Doubles"/>) and levels, when the table has a location.</summary>
    public ColumnValues? Geometry { get; }

    /// <summary>The points' latitudes, beside <see cref="Geometry"/>'s longitudes.</summary>
    public double[] Latitudes { get; }

    /// <summary>Copies the cells of <paramref name="row"/> (and its point) into the columns.</summary>
    /// <exception cref="InvalidOperationException">A cell of the wrong type (see <see cref="Cells.Read"/>).</exception>
    public void Add(TRow row, GeoPoint? point)
    {
        var cells = _cells.Of(row);
        for (var i = 0; i < cells.Length; i++)
        {
            var values = Values[i];
            switch (cells[i])
            {
                case null when values.Type == ColumnType.TextList:
                    values.AddEntry(default, 0, 0);
                    break;
                case null:
                    values.Levels[Count] = 0;
                    break;
                case string text:
                    values.Texts[values.Present++] = Copy(text);
                    values.Levels[Count] = 1;
                    break;
                case long number:
                    values.Longs[values.Present++] = number;
                    values.Levels[Count] = 1;
                    break;
                case double number:
                    values.Doubles[values.Present++] = number;
                    values.Levels[Count] = 1;
                    break;
                case IReadOnlyList<string> list:
                    for (var j = 0; j < list.Count; j++)
                    {
                        values.AddEntry(Copy(list[j]), 2, j == 0 ? 0 : 1);
                    }

                    break;
            }
        }

        if (Geometry is { } geometry)
        {
            if (point is { } p)
            {
                Latitudes[geometry.Present] = p.Latitude;
                geometry.Doubles[geometry.Present++] = p.Longitude;
                geometry.Levels[Count] = 1;
            }
            else
            {
                geometry.Levels[Count] = 0;
            }
        }

        Count++;
    }

    /// <summary>Empties the columns for the next group; the character chunks are kept for it.</summary>
    public void Clear()
    {
        foreach (var values in Values)
        {
            values.Clear();
        }

        Geometry?.Clear();
        Count = 0;
        _chunk = 0;
        _used = 0;
    }

    /// <summary>The text as characters in a chunk (a text longer than a chunk keeps its own string).</summary>
    private ReadOnlyMemory<char> Copy(string text)
    {
        if (text.Length > ChunkChars)
        {
            return text.AsMemory();
        }

        if (_chunks.Count == 0 || _used + text.Length > ChunkChars)
        {
            if (_chunks.Count > 0)
            {
                _chunk++;
            }

            if (_chunk == _chunks.Count)
            {
                _chunks.Add(new char[ChunkChars]);
            }

            _used = 0;
        }

        var chunk = _chunks[_chunk];
        text.CopyTo(chunk.AsSpan(_used));
        var memory = chunk.AsMemory(_used, text.Length);
        _used += text.Length;
        return memory;
    }
}

/// <summary>
/// One column of a row group: a definition level per row (1 present, 0 NULL) and the present values; a list column has
/// an entry per element (and one per NULL list) with its definition and repetition levels instead.
/// </summary>
internal sealed class ColumnValues(ColumnType type, int rows)
{
    public ColumnType Type { get; } = type;

    /// <summary>The values present (scalars) or the elements (lists).</summary>
    public int Present { get; set; }

    /// <summary>A list column's entries.</summary>
    public int Entries { get; private set; }

    public int[] Levels { get; } = new int[rows];

    public ReadOnlyMemory<char>[] Texts { get; private set; } = type is ColumnType.Text or ColumnType.TextList ? new ReadOnlyMemory<char>[rows] : [];

    public long[] Longs { get; } = type == ColumnType.WholeNumber ? new long[rows] : [];

    public double[] Doubles { get; } = type == ColumnType.RealNumber ? new double[rows] : [];

    public int[] Repetitions { get; private set; } = type == ColumnType.TextList ? new int[rows] : [];

    /// <summary>The definition levels of a list column's entries.</summary>
    public int[] ListLevels { get; private set; } = type == ColumnType.TextList ? new int[rows] : [];

    /// <summary>Adds a list entry: an element (definition 2) or a NULL list (definition 0, no element).</summary>
    public void AddEntry(ReadOnlyMemory<char> element, int definition, int repetition)
    {
        if (Entries == ListLevels.Length)
        {
            var size = Math.Max(16, Entries * 2);
            var texts = Texts;
            var levels = ListLevels;
            var repetitions = Repetitions;
            Array.Resize(ref texts, size);
            Array.Resize(ref levels, size);
            Array.Resize(ref repetitions, size);
            (Texts, ListLevels, Repetitions) = (texts, levels, repetitions);
        }

        if (definition == 2)
        {
            Texts[Present++] = element;
        }

        ListLevels[Entries] = definition;
        Repetitions[Entries] = repetition;
        Entries++;
    }

    public void Clear()
    {
        // A text longer than a chunk is its own string: let it go with its group.
        Array.Clear(Texts, 0, Math.Min(Present, Texts.Length));
        Present = 0;
        Entries = 0;
    }
}
