using Azure;
using Azure.Storage.Blobs;
using Regioscan.Bench.Generator;
using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Scale;

/// <summary>
/// Where a pipeline run keeps its data: a fresh local folder (the default), or Blob Storage in a fresh Azurite
/// (<c>--azurite</c>, the store the Functions app uses). Made empty for each run and removed after it.
/// </summary>
internal abstract class RunStore : IDisposable
{
    /// <summary>What <c>regioscan --store</c> takes: the folder, or the connection string.</summary>
    public abstract string Spec { get; }

    /// <summary>Processor time of the storage server so far (Azurite's), or null when there is none (a folder).</summary>
    public virtual double? ServerProcessorSeconds => null;

    /// <summary>Peak memory of the storage server so far, or null when there is none.</summary>
    public virtual double? ServerPeakMib => null;

    /// <summary>A fresh store of the kind asked for, in <paramref name="folder"/>.</summary>
    public static RunStore Create(string folder, bool azurite) => azurite ? new AzuriteStore(folder) : new FolderStore(folder);

    /// <summary>Each file into <c>uploads/{province}/{name}</c>, where a province drops its scan.</summary>
    public abstract void PlaceUploads(IEnumerable<GeneratedFile> files, string name);

    /// <summary>The text of a release's file, <c>releases/v{version}/{name}</c>.</summary>
    public abstract string ReleaseText(string version, string name);

    /// <summary>Each file into <c>{store}/uploads/{province}/{name}</c> of a local store folder.</summary>
    public static void CopyUploads(string store, IEnumerable<GeneratedFile> files, string name)
    {
        foreach (var file in files)
        {
            var folder = Directory.CreateDirectory(Path.Combine(store, "uploads", file.ProvinceCode)).FullName;
            File.Copy(file.Path, Path.Combine(folder, name));
        }
    }

    /// <summary>Fails loudly unless releases/latest.json names <paramref name="version"/>.</summary>
    public void ExpectLatest(string version)
    {
        var latest = RegioscanCli.VersionIn(LatestJson());
        if (latest != version)
        {
            throw new InvalidOperationException($"releases/latest.json in {Describe()} names {latest ?? "nothing"}, expected {version}.");
        }
    }

    public abstract void Dispose();

    /// <summary>releases/latest.json, or null before the first release.</summary>
    protected abstract string? LatestJson();

    protected abstract string Describe();

    private sealed class FolderStore : RunStore
    {
        private readonly string _folder;

        public FolderStore(string folder)
        {
            _folder = folder;
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        public override string Spec => _folder;

        public override void PlaceUploads(IEnumerable<GeneratedFile> files, string name) => CopyUploads(_folder, files, name);

        public override string ReleaseText(string version, string name) => File.ReadAllText(Path.Combine(_folder, "releases", "v" + version, name));

        public override void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        protected override string? LatestJson() => RegioscanCli.LatestJson(_folder);

        protected override string Describe() => _folder;
    }

    private sealed class AzuriteStore(string folder) : RunStore
    {
        private readonly Azurite _azurite = Azurite.Start(folder);
        private BlobServiceClient? _client;

        public override string Spec => _azurite.ConnectionString;

        public override double? ServerProcessorSeconds => _azurite.ProcessorSeconds;

        public override double? ServerPeakMib => _azurite.PeakMib;

        private BlobServiceClient Client => _client ??= new BlobServiceClient(_azurite.ConnectionString);

        public override void PlaceUploads(IEnumerable<GeneratedFile> files, string name)
        {
            var uploads = Client.GetBlobContainerClient("uploads");
            uploads.CreateIfNotExists();
            foreach (var file in files)
            {
                uploads.GetBlobClient(file.ProvinceCode + "/" + name).Upload(file.Path);
            }
        }

        public override string ReleaseText(string version, string name) =>
            Client.GetBlobContainerClient("releases").GetBlobClient($"v{version}/{name}").DownloadContent().Value.Content.ToString();

        public override void Dispose() => _azurite.Dispose();

        protected override string? LatestJson()
        {
            try
            {
                return Client.GetBlobContainerClient("releases").GetBlobClient("latest.json").DownloadContent().Value.Content.ToString();
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        }

        protected override string Describe() => "Azurite " + Client.Uri;
    }
}
