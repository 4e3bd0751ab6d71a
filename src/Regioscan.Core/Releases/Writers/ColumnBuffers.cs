namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// The arrays a Parquet row group is assembled in, made once per file and reused for every column of every
/// group. New arrays per column were large-object-heap allocations (a 16k-row group of text is 256 KiB of
/// values), and they set off a full garbage collection every few groups.
/// </summary>
internal sealed class ColumnBuffers(int rows)
{
    /// <summary>A column's published cells, one per row.</summary>
    public object?[] Cells { get; } = new object?[rows];

    /// <summary>Definition levels, one per row.</summary>
    public int[] Definitions { get; } = new int[rows];

    /// <summary>The present values of a text column.</summary>
    public ReadOnlyMemory<char>[] Texts { get; } = new ReadOnlyMemory<char>[rows];

    /// <summary>The present values of a whole-number column.</summary>
    public long[] Longs { get; } = new long[rows];

    /// <summary>The present values of a real-number column.</summary>
    public double[] Doubles { get; } = new double[rows];

    /// <summary>The WKB points of the geometry column.</summary>
    public ReadOnlyMemory<byte>[] Shapes { get; } = new ReadOnlyMemory<byte>[rows];

    /// <summary>The longitudes and latitudes of the bbox column.</summary>
    public double[][] Bounds { get; } = [new double[rows], new double[rows]];

    /// <summary>A list column's elements (a NULL list takes an entry too), grown as needed.</summary>
    public ReadOnlyMemory<char>[] ListValues { get; private set; } = new ReadOnlyMemory<char>[rows];

    /// <summary>A list column's definition levels, one per entry.</summary>
    public int[] ListDefinitions { get; private set; } = new int[rows];

    /// <summary>A list column's repetition levels, one per entry.</summary>
    public int[] ListRepetitions { get; private set; } = new int[rows];

    /// <summary>Makes room for <paramref name="entries"/> list entries, keeping those written.</summary>
    public void EnsureListCapacity(int entries)
    {
        if (entries <= ListValues.Length)
        {
            return;
        }

        var size = Math.Max(entries, ListValues.Length * 2);
        var values = ListValues;
        var definitions = ListDefinitions;
        var repetitions = ListRepetitions;
        Array.Resize(ref values, size);
        Array.Resize(ref definitions, size);
        Array.Resize(ref repetitions, size);
        (ListValues, ListDefinitions, ListRepetitions) = (values, definitions, repetitions);
    }
}
