namespace Regioscan.Testing;

/// <summary>
/// Names no other test uses, so tests can share one Azurite (or one folder) without seeing each other's
/// blobs. All are valid Azure container names or name parts.
/// </summary>
public static class UniqueNames
{
    /// <summary>A container-name prefix such as <c>t3f9a1c2e-</c> (10 characters) for a store's <c>ContainerPrefix</c>.</summary>
    public static string ContainerPrefix() => $"t{Guid.NewGuid():N}"[..9] + "-";

    /// <summary>A container name such as <c>test-3f9a…</c> (at most 63 characters).</summary>
    /// <param name="stem">Lower-case letters, digits and hyphens; at most 30 characters.</param>
    public static string Container(string stem = "test")
    {
        if (stem.Length is 0 or > 30 || !stem.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{stem}' cannot start a container name.", nameof(stem));
        }

        return $"{stem}-{Guid.NewGuid():N}";
    }

    /// <summary>A blob-name prefix such as <c>test-3f9a…/</c>, for tests that share a container.</summary>
    public static string BlobPrefix() => $"test-{Guid.NewGuid():N}/";
}
