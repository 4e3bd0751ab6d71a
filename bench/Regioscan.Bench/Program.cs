using System.Globalization;
using Regioscan.Bench;

// regioscan-bench validate-memory [rows,rows,…]   generate uploads, validate each in its own process, print a table
// regioscan-bench validate-file <path>             validate one file and print one line of measurements
return args switch
{
    ["validate-memory"] => ValidateMemory.Run([10_000, 100_000]),
    ["validate-memory", var sizes] => ValidateMemory.Run([.. sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]),
    ["validate-file", var path] => ValidateMemory.MeasureOne(path),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Regioscan.Bench validate-memory [10000,100000] | validate-file <path>");
    return 2;
}
