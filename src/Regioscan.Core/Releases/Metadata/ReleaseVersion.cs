using System.Globalization;

namespace Regioscan.Core.Releases.Metadata;

/// <summary>
/// A release version <c>MAJOR.MINOR.PATCH</c>: MAJOR when the published schema changes, MINOR when
/// records are added or removed, PATCH when only field values change.
/// </summary>
public readonly record struct ReleaseVersion(int Major, int Minor, int Patch) : IComparable<ReleaseVersion>
{
    /// <summary>The first release.</summary>
    public static ReleaseVersion First { get; } = new(1, 0, 0);

    /// <summary>The folder name of the release, <c>v1.2.3</c>.</summary>
    public string FolderName => "v" + ToString();

    /// <summary>Parses <c>1.2.3</c> (a leading <c>v</c> is allowed).</summary>
    public static ReleaseVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var version)
            ? version
            : throw new FormatException($"'{text}' is not a release version; expected MAJOR.MINOR.PATCH, e.g. 1.2.0.");
    }

    /// <summary>Tries to parse <c>1.2.3</c> or <c>v1.2.3</c>.</summary>
    public static bool TryParse(string? text, out ReleaseVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().TrimStart('v', 'V').Split('.');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return false;
        }

        version = new ReleaseVersion(major, minor, patch);
        return true;
    }

    /// <summary>The next version after this one for a release with the given kind of change.</summary>
    public ReleaseVersion Next(bool schemaChanged, bool recordsAddedOrRemoved) =>
        schemaChanged ? new(Major + 1, 0, 0)
        : recordsAddedOrRemoved ? new(Major, Minor + 1, 0)
        : new(Major, Minor, Patch + 1);

    /// <inheritdoc />
    public int CompareTo(ReleaseVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    /// <summary>Compares versions.</summary>
    public static bool operator <(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) < 0;

    /// <summary>Compares versions.</summary>
    public static bool operator >(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) > 0;

    /// <summary>Compares versions.</summary>
    public static bool operator <=(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares versions.</summary>
    public static bool operator >=(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
