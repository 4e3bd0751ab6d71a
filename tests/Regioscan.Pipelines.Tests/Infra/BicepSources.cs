using System.Text.RegularExpressions;

namespace Regioscan.Pipelines.Tests.Infra;

/// <summary>
/// Reads the Bicep sources under a folder as text: the resources they deploy, the files they refer to
/// (modules, imports, the template of a .bicepparam), and their parameters. infra/build.sh compiles
/// and lints the same files with the real compiler; these checks keep working without it.
/// </summary>
internal sealed partial class BicepSources(string infraFolder)
{
    public IEnumerable<string> BicepFiles => Directory.EnumerateFiles(infraFolder, "*.bicep", SearchOption.AllDirectories).Where(NotBuildOutput).Order(StringComparer.Ordinal);

    public IEnumerable<string> ParameterFiles => Directory.EnumerateFiles(infraFolder, "*.bicepparam", SearchOption.AllDirectories).Where(NotBuildOutput).Order(StringComparer.Ordinal);

    /// <summary>Resource types deployed (not <c>existing</c> references), one entry per declaration.</summary>
    public IReadOnlyList<string> DeployedResourceTypes() =>
        BicepFiles.SelectMany(f => ResourceDeclaration().Matches(File.ReadAllText(f)))
            .Where(m => !m.Groups["rest"].Value.Contains("existing", StringComparison.Ordinal))
            .Select(m => m.Groups["type"].Value)
            .ToList();

    /// <summary>Every file reference (module, import, using) as the text written and the path it resolves to.</summary>
    public IEnumerable<(string File, string Reference, string Resolved)> FileReferences()
    {
        foreach (var file in BicepFiles.Concat(ParameterFiles))
        {
            foreach (Match match in FileReference().Matches(File.ReadAllText(file)))
            {
                var reference = match.Groups["path"].Value;
                yield return (file, reference, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, reference)));
            }
        }
    }

    /// <summary>Parameters (file: name) whose declaration block carries no <c>@description</c>.</summary>
    public IEnumerable<string> ParametersWithoutDescription()
    {
        foreach (var file in BicepFiles)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var declaration = ParameterDeclaration().Match(lines[i]);
                if (!declaration.Success)
                {
                    continue;
                }

                // The decorators are the lines above, up to the previous blank line or statement.
                var described = false;
                for (var j = i - 1; j >= 0 && lines[j].Trim().Length > 0 && !ParameterDeclaration().IsMatch(lines[j]); j--)
                {
                    described |= lines[j].TrimStart().StartsWith("@description(", StringComparison.Ordinal);
                }

                if (!described)
                {
                    yield return $"{Path.GetFileName(file)}: {declaration.Groups["name"].Value}";
                }
            }
        }
    }

    /// <summary>Output declarations (their whole text up to the next blank line).</summary>
    public IEnumerable<string> Outputs() =>
        BicepFiles.SelectMany(f => OutputDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Value));

    private static bool NotBuildOutput(string path) =>
        !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    [GeneratedRegex(@"^\s*resource\s+\w+\s+'(?<type>[^'@]+)@[^']+'(?<rest>[^\n]*)", RegexOptions.Multiline)]
    private static partial Regex ResourceDeclaration();

    [GeneratedRegex(@"^\s*(?:module\s+\w+|import\s+[^\n]*?from|using)\s+'(?<path>[^']+)'", RegexOptions.Multiline)]
    private static partial Regex FileReference();

    [GeneratedRegex(@"^param\s+(?<name>\w+)\s")]
    private static partial Regex ParameterDeclaration();

    [GeneratedRegex(@"^output\s[^\n]*(?:\n(?!\s*\n)[^\n]*)*", RegexOptions.Multiline)]
    private static partial Regex OutputDeclaration();
}
