using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;
using Regioscan.Core.Validation;
using Regioscan.Storage;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>The pipeline services on one store, wired as the CLI and the Functions app wire them.</summary>
internal sealed class TestPipeline : IDisposable
{
    private readonly ServiceProvider _services;

    public TestPipeline(IBlobStore store, ILoggerProvider? logs = null, PublisherOptions? publisherOptions = null, ValidationOptions? validation = null)
    {
        var services = new ServiceCollection().AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                builder.AddProvider(logs);
            }
        });
        services.AddSingleton(publisherOptions ?? new PublisherOptions { LockWait = TimeSpan.FromMinutes(1) });
        if (validation is not null)
        {
            services.AddSingleton(validation);
        }

        services.AddRegioscanPipeline(_ => store);
        _services = services.BuildServiceProvider();
    }

    public IBlobStore Store => _services.GetRequiredService<IBlobStore>();

    public IntakeService Intake => _services.GetRequiredService<IntakeService>();

    public Publisher Publisher => _services.GetRequiredService<Publisher>();

    public UploadProcessor Processor => _services.GetRequiredService<UploadProcessor>();

    public ReleaseCatalog Catalog => _services.GetRequiredService<ReleaseCatalog>();

    public ReleaseVerifier Verifier => new(Store, Catalog);

    /// <summary>A new publisher on the same store, as a fresh process would make after a crash.</summary>
    public Publisher FreshPublisher(IBlobStore? store = null) =>
        new(store ?? Store, _services.GetRequiredService<IScratchSpace>(), TimeProvider.System, NullLogger<Publisher>.Instance,
            _services.GetRequiredService<PublisherOptions>());

    /// <summary>Puts a file into uploads/ as a province's client would.</summary>
    public async Task UploadAsync(string blobName, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        await Store.WriteAsync(Containers.Uploads, blobName, stream);
    }

    public void Dispose() => _services.Dispose();
}
