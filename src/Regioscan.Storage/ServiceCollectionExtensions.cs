using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;
using Regioscan.Core.Validation;
using Regioscan.Storage.Local;

namespace Regioscan.Storage;

/// <summary>Wires the whole pipeline (store, validator, intake, publisher, upload processor, catalogue) for the CLI and the Functions app.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the pipeline on the store that <paramref name="storeSpec"/> names (see <see cref="BlobStoreFactory"/>).</summary>
    public static IServiceCollection AddRegioscanPipeline(this IServiceCollection services, string? storeSpec) =>
        services.AddRegioscanPipeline(_ => BlobStoreFactory.Create(storeSpec));

    /// <summary>Adds the pipeline on the store that <paramref name="storeFactory"/> creates.</summary>
    public static IServiceCollection AddRegioscanPipeline(this IServiceCollection services, Func<IServiceProvider, IBlobStore> storeFactory)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new ValidationOptions());
        services.TryAddSingleton(new PublisherOptions());
        // A local store's scratch space is on the store's own file system, so finished files are linked into it, not
        // copied; they are flushed to disk ahead, as they are written, since the store flushes each before linking it.
        // (Windows has no link here: the store copies them, and flushes the copy.)
        services.TryAddSingleton<IScratchSpace>(sp => sp.GetRequiredService<IBlobStore>() is LocalBlobStore local
            ? new TempFileScratchSpace(local.ScratchFolder, flushAhead: !OperatingSystem.IsWindows())
            : new TempFileScratchSpace());
        services.TryAddSingleton(storeFactory);
        services.TryAddSingleton(sp => new ScanValidator(sp.GetRequiredService<ValidationOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IntakeService>();
        services.TryAddSingleton<Publisher>();
        services.TryAddSingleton<UploadProcessor>();
        services.TryAddSingleton(sp => new ReleaseCatalog(sp.GetRequiredService<IBlobStore>()));
        return services;
    }
}
