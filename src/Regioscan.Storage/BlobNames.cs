namespace Regioscan.Storage;

/// <summary>
/// The naming rules both stores enforce, so a name that works locally also works in Azure and no name can
/// leave the local store's folder (no <c>..</c>, no absolute paths, no backslashes).
/// </summary>
internal static class BlobNames
{
    /// <summary>Azure's limit on blob names.</summary>
    public const int MaxNameLength = 1024;

    /// <summary>
    /// Segments starting with this are reserved for the local store's bookkeeping (temporary files during
    /// atomic writes); rejecting them everywhere keeps the two stores' contracts identical.
    /// </summary>
    public const string ReservedSegmentPrefix = ".regioscan";

    public static void ValidateContainer(string container, string paramName = "container")
    {
        ArgumentNullException.ThrowIfNull(container, paramName);
        if (!IsValidContainerName(container))
        {
            throw new ArgumentException(
                $"'{container}' is not a valid container name: use 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.",
                paramName);
        }
    }

    /// <summary>Azure's container naming rules.</summary>
    public static bool IsValidContainerName(string container)
    {
        if (container.Length is < 3 or > 63 || container[0] == '-' || container[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < container.Length; i++)
        {
            var c = container[i];
            var ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && container[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static void ValidateName(string name, string paramName = "name")
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        var problem = NameProblem(name);
        if (problem is not null)
        {
            throw new ArgumentException($"Invalid blob name '{Printable(name)}': {problem}.", paramName);
        }
    }

    /// <summary>
    /// A prefix is a name that may stop anywhere, even inside a segment (<c>scans/PV2</c>): its complete
    /// segments follow the name rules, its last, partial segment only the character rules.
    /// </summary>
    public static void ValidatePrefix(string prefix, string paramName = "prefix")
    {
        ArgumentNullException.ThrowIfNull(prefix, paramName);
        if (prefix.Length == 0)
        {
            return;
        }

        var problem = CharacterProblem(prefix);
        var lastSlash = prefix.LastIndexOf('/');
        if (problem is null && lastSlash >= 0)
        {
            problem = NameProblem(prefix[..lastSlash]);
        }

        if (problem is null && prefix[(lastSlash + 1)..].StartsWith(ReservedSegmentPrefix, StringComparison.Ordinal))
        {
            problem = $"segments starting with '{ReservedSegmentPrefix}' are reserved";
        }

        if (problem is not null)
        {
            throw new ArgumentException($"Invalid prefix '{Printable(prefix)}': {problem}.", paramName);
        }
    }

    private static string? NameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        var problem = CharacterProblem(name);
        if (problem is not null)
        {
            return problem;
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "it has an empty segment (a leading, trailing or double '/')";
            }

            if (segment is "." or "..")
            {
                return "'.' and '..' segments are not allowed";
            }

            if (segment.StartsWith(ReservedSegmentPrefix, StringComparison.Ordinal))
            {
                return $"segments starting with '{ReservedSegmentPrefix}' are reserved";
            }
        }

        return null;
    }

    private static string? CharacterProblem(string name)
    {
        if (name.Length > MaxNameLength)
        {
            return $"it is longer than {MaxNameLength} characters";
        }

        if (name[0] == '/')
        {
            return "it starts with '/'";
        }

        foreach (var c in name)
        {
            if (c == '\\')
            {
                return "use '/' to separate segments, not '\\'";
            }

            if (char.IsControl(c))
            {
                return "it contains a control character";
            }
        }

        return null;
    }

    private static string Printable(string name)
    {
        var shown = name.Length > 200 ? name[..200] + "…" : name;
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
