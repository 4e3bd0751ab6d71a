using System.Text.RegularExpressions;

namespace Regioscan.Pipelines.Tests.Pipelines;

/// <summary>
/// Finds the files and folders a pipeline file references that do not exist in the repository:
/// <c>template:</c> (relative to the pipeline file, or to the root with a leading <c>/</c>),
/// <c>scriptPath:</c>, <c>filePath:</c>, <c>workingDirectory:</c>, <c>working-directory:</c>,
/// <c>global-json-file:</c>, local actions (<c>uses: ./…</c>), and every path-like word in any value
/// (<c>./test.sh</c>, <c>infra/main.bicep</c>, <c>src/Regioscan.Functions</c>, a script in a
/// <c>script:</c> or <c>run:</c> line). Shell scripts referenced that way are read in turn for the
/// paths they use (<c>$repo/…</c> from the root, <c>$here/…</c> from the script's folder).
/// Values that hold an unresolved variable (<c>$(…)</c>, <c>${{ … }}</c>, <c>$NAME</c>) are outputs or
/// agent paths and are skipped.
/// </summary>
internal sealed partial class PipelineReferenceChecker(string repositoryRoot)
{
    // Words that start with one of these folders are repository paths, whether the folder exists or not:
    // removing a folder must make its references fail, not make them stop looking like paths.
    private static readonly string[] Roots = ["src", "tests", "infra", "pipelines", "tools", "docs", ".ci", ".github"];

    private static readonly string[] GeneratedFolders = ["node_modules", "bin", "obj", "TestResults", "artifacts"];

    private static readonly string[] RootVariables =
    [
        "$(Build.SourcesDirectory)", "$(System.DefaultWorkingDirectory)", "$(Build.Repository.LocalPath)",
        "${{ github.workspace }}", "${GITHUB_WORKSPACE}", "$GITHUB_WORKSPACE",
    ];

    private static readonly string[] RootRelativeKeys = ["scriptPath", "filePath", "workingDirectory", "working-directory", "global-json-file"];

    /// <summary>Problems found in one pipeline file, as sentences naming the file, the key and the missing path.</summary>
    public IReadOnlyList<string> Check(string pipelineFile)
    {
        var problems = new List<string>();
        var scripts = new HashSet<string>(StringComparer.Ordinal);
        var display = Relative(pipelineFile);
        foreach (var entry in YamlEntry.Load(pipelineFile))
        {
            foreach (var (reference, resolved) in References(pipelineFile, entry))
            {
                if (!Exists(resolved))
                {
                    problems.Add($"{display}: {entry.Path} references '{reference}', but {Relative(resolved)} does not exist");
                }
                else if (resolved.EndsWith(".sh", StringComparison.Ordinal) && File.Exists(resolved))
                {
                    scripts.Add(resolved);
                }
            }
        }

        foreach (var script in scripts.Order(StringComparer.Ordinal))
        {
            problems.AddRange(CheckScript(script));
        }

        return problems;
    }

    private IEnumerable<(string Reference, string Resolved)> References(string pipelineFile, YamlEntry entry)
    {
        var value = entry.Value.Trim();
        if (entry.Key == "template" && value.Length > 0 && !value.Contains('@', StringComparison.Ordinal) && !HasVariable(value))
        {
            yield return (value, value.StartsWith('/')
                ? Path.Combine(repositoryRoot, value.TrimStart('/'))
                : Path.Combine(Path.GetDirectoryName(pipelineFile)!, value));
            yield break;
        }

        if (RootRelativeKeys.Contains(entry.Key))
        {
            var path = RootVariables.Aggregate(value, (v, variable) => v.Replace(variable, "", StringComparison.Ordinal)).TrimStart('/');
            if (!HasVariable(path))
            {
                yield return (value, Path.Combine(repositoryRoot, path.Length == 0 ? "." : path));
            }

            yield break;
        }

        foreach (var word in PathWords(value))
        {
            yield return (word, Path.Combine(repositoryRoot, word));
        }
    }

    private IEnumerable<string> CheckScript(string script)
    {
        var text = File.ReadAllText(script);
        var folder = Path.GetDirectoryName(script)!;
        var references = RepoVariablePath().Matches(text).Select(m => (m.Value, Path.Combine(repositoryRoot, m.Groups["path"].Value)))
            .Concat(HereVariablePath().Matches(text).Select(m => (m.Value, Path.Combine(folder, m.Groups["path"].Value))))
            .Concat(PathWords(text).Select(w => (w, Path.Combine(repositoryRoot, w))));
        foreach (var (reference, resolved) in references.Distinct())
        {
            if (!Exists(resolved))
            {
                yield return $"{Relative(script)} references '{reference}', but {Relative(resolved)} does not exist";
            }
        }
    }

    /// <summary>
    /// Words that are repository paths: <c>./x</c>, or starting with a known top-level folder; not inside
    /// folders that builds create (<c>tools/azurite/node_modules/…</c> exists only after <c>npm ci</c>).
    /// </summary>
    internal static IEnumerable<string> PathWords(string text) =>
        PathWord().Matches(text)
            .Select(m => m.Value.TrimEnd('.', '/'))
            .Where(w => w.StartsWith("./", StringComparison.Ordinal) ? w.Length > 2 : Roots.Contains(w.Split('/')[0]))
            .Where(w => !w.Split('/').Any(GeneratedFolders.Contains))
            .Select(w => w.StartsWith("./", StringComparison.Ordinal) ? w[2..] : w);

    private static bool HasVariable(string value) => value.Contains('$', StringComparison.Ordinal) || value.Contains("{{", StringComparison.Ordinal);

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    private string Relative(string path) => Path.GetRelativePath(repositoryRoot, path);

    // Not preceded by a path or variable character: "$work/src/x" and "https://host/tests/x" are not repository paths.
    [GeneratedRegex(@"(?<![\w$)./:\\-])(?:\./[\w.\-/]+|(?:src|tests|infra|pipelines|tools|docs|\.ci|\.github)/[\w.\-/]*)")]
    private static partial Regex PathWord();

    [GeneratedRegex(@"\$(?:\{repo\}|repo)/(?<path>[\w.\-/]*[\w-])")]
    private static partial Regex RepoVariablePath();

    [GeneratedRegex(@"\$(?:\{here\}|here)/(?<path>[\w.\-/]*[\w-])")]
    private static partial Regex HereVariablePath();
}
