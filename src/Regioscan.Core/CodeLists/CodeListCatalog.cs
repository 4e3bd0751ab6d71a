using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regioscan.Core.CodeLists;

/// <summary>
/// The code lists of the product, loaded from <c>codelists.json</c> (data, not code: adding a known
/// spelling is a data change).
/// </summary>
public sealed class CodeListCatalog
{
    private static readonly Lazy<CodeListCatalog> DefaultCatalog = new(LoadEmbedded);
    private readonly Dictionary<string, CodeList> _byName;

    /// <summary>Creates a catalogue from lists.</summary>
    public CodeListCatalog(int schemaVersion, IReadOnlyList<CodeList> lists)
    {
        SchemaVersion = schemaVersion;
        Lists = lists;
        _byName = lists.ToDictionary(l => l.Name, StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped with the product.</summary>
    public static CodeListCatalog Default => DefaultCatalog.Value;

    /// <summary>The schema version these lists belong to.</summary>
    public int SchemaVersion { get; }

    /// <summary>Every list, in a fixed order.</summary>
    public IReadOnlyList<CodeList> Lists { get; }

    /// <summary>The list called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such list: a bug in the caller.</exception>
    public CodeList this[string name] => _byName[name];

    /// <summary>Reads a catalogue in the <c>codelists.json</c> format.</summary>
    public static CodeListCatalog Load(Stream json)
    {
        var file = JsonSerializer.Deserialize(json, CodeListJsonContext.Default.CodeListFile)
            ?? throw new InvalidDataException("codelists.json is empty.");
        var lists = file.Lists
            .Select(l => new CodeList(
                l.Name,
                l.Description ?? string.Empty,
                l.Codes.Select(c => new Code(c.Code, c.Nl, c.En, c.Spellings ?? [])).ToArray()))
            .ToArray();
        return new CodeListCatalog(file.SchemaVersion, lists);
    }

    private static CodeListCatalog LoadEmbedded()
    {
        using var stream = typeof(CodeListCatalog).Assembly
            .GetManifestResourceStream("Regioscan.Core.CodeLists.codelists.json")
            ?? throw new InvalidOperationException("The embedded code lists are missing from the build.");
        return Load(stream);
    }

    internal sealed record CodeListFile(
        [property: JsonPropertyName("schema_version")] int SchemaVersion,
        [property: JsonPropertyName("lists")] IReadOnlyList<CodeListEntry> Lists);

    internal sealed record CodeListEntry(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("description")] string? Description,
        [property: JsonPropertyName("codes")] IReadOnlyList<CodeEntry> Codes);

    internal sealed record CodeEntry(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("nl")] string Nl,
        [property: JsonPropertyName("en")] string En,
        [property: JsonPropertyName("spellings")] IReadOnlyList<string>? Spellings);
}

[JsonSerializable(typeof(CodeListCatalog.CodeListFile))]
internal sealed partial class CodeListJsonContext : JsonSerializerContext;
