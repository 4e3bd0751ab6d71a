using YamlDotNet.RepresentationModel;

namespace Regioscan.Pipelines.Tests.Pipelines;

/// <summary>One scalar of a YAML file with the key it sits under and its path of keys.</summary>
/// <param name="Path">Keys from the root, e.g. <c>jobs/deploy-test/steps/uses</c>.</param>
/// <param name="Key">The mapping key the scalar belongs to (for a list item: the list's key).</param>
/// <param name="Value">The scalar text.</param>
/// <param name="Mapping">The mapping holding the key (for checks on sibling keys).</param>
internal sealed record YamlEntry(string Path, string Key, string Value, YamlMappingNode Mapping)
{
    /// <summary>Every scalar of every document of a YAML file; throws when the file is not valid YAML.</summary>
    public static IReadOnlyList<YamlEntry> Load(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }

        var entries = new List<YamlEntry>();
        foreach (var document in stream.Documents)
        {
            Walk(document.RootNode, "", "", new YamlMappingNode(), entries);
        }

        return entries;
    }

    /// <summary>The scalar value of <paramref name="key"/> in a mapping, or null.</summary>
    public static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static void Walk(YamlNode node, string path, string key, YamlMappingNode parent, List<YamlEntry> entries)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                entries.Add(new YamlEntry(path, key, scalar.Value ?? "", parent));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Walk(item, path, key, parent, entries);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (childKey, childValue) in mapping.Children)
                {
                    var name = (childKey as YamlScalarNode)?.Value ?? "";
                    Walk(childValue, path.Length == 0 ? name : path + "/" + name, name, mapping, entries);
                }

                break;
        }
    }
}
