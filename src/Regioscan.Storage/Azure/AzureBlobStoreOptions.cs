namespace Regioscan.Storage.Azure;

/// <summary>Options of <see cref="AzureBlobStore"/>. The defaults suit production.</summary>
public sealed record AzureBlobStoreOptions
{
    /// <summary>
    /// Put in front of every container name (default empty). Tests give each store a unique prefix
    /// (for example <c>t3f9a1c2-</c>) so that many stores share one emulator without seeing each other.
    /// Lower-case letters, digits and hyphens; the prefixed names must stay within 63 characters.
    /// </summary>
    public string ContainerPrefix { get; init; } = "";

    /// <summary>
    /// Duration of the lease behind <see cref="AzureBlobStore.AcquireLockAsync"/> (default 30 s; Azure allows
    /// 15 to 60 s). A holder that dies leaves the lock blocked for at most this long.
    /// </summary>
    public TimeSpan LockLeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a held lease is renewed (default: a third of <see cref="LockLeaseDuration"/>).</summary>
    public TimeSpan? LockRenewInterval { get; init; }

    /// <summary>First pause between attempts to take a lease someone else holds (default 250 ms, doubling up to 2 s).</summary>
    public TimeSpan LockPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    internal TimeSpan EffectiveRenewInterval => LockRenewInterval ?? LockLeaseDuration / 3;

    internal void Validate()
    {
        if (ContainerPrefix.Length > 0 && !ContainerPrefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"The container prefix '{ContainerPrefix}' may hold only lower-case letters, digits and hyphens.");
        }

        if (LockLeaseDuration < TimeSpan.FromSeconds(15) || LockLeaseDuration > TimeSpan.FromSeconds(60))
        {
            throw new ArgumentException($"The lock lease duration must be 15 to 60 seconds (Azure's limits), not {LockLeaseDuration}.");
        }

        if (EffectiveRenewInterval <= TimeSpan.Zero || EffectiveRenewInterval >= LockLeaseDuration)
        {
            throw new ArgumentException($"The lock renew interval must be positive and shorter than the lease ({LockLeaseDuration}), not {EffectiveRenewInterval}.");
        }

        if (LockPollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The lock poll interval must be positive, not {LockPollInterval}.");
        }
    }
}
