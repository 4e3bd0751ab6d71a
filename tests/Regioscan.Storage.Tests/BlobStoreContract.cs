using Regioscan.Testing;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Regioscan.Core.Storage;

namespace Regioscan.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IBlobStore"/> must have, run against each implementation by a subclass.
/// Each test gets a fresh, empty store.
/// </summary>
public abstract class BlobStoreContract : IAsyncLifetime
{
    protected const string C = Containers.Scans;

    protected IBlobStore Store { get; private set; } = null!;

    /// <summary>A second store on the same data, standing in for another process.</summary>
    protected IBlobStore OtherStore { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        OtherStore = await CreateOtherStoreAsync();
        await Store.EnsureContainersAsync();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected abstract Task<IBlobStore> CreateStoreAsync();

    protected abstract Task<IBlobStore> CreateOtherStoreAsync();

    /// <summary>Where scratch files for this store are made (a local store's own scratch folder, so they can be linked).</summary>
    protected virtual string ScratchFolder => Path.Combine(Path.GetTempPath(), "regioscan-contract-scratch");

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A scratch file holding <paramref name="content"/>, written and left as a writer leaves it (its last bytes may still be buffered).</summary>
    protected Stream ScratchWith(byte[] content)
    {
        var scratch = new TempFileScratchSpace(ScratchFolder).Create();
        scratch.Write(content);
        return scratch;
    }

    protected static string Sha(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    protected static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
    }

    [Fact]
    public async Task Missing_blob_reads_as_null()
    {
        Assert.Null(await Store.GetAsync(C, "PV20/none.csv"));
        Assert.Null(await Store.OpenReadAsync(C, "PV20/none.csv"));
        Assert.Null(await Store.ReadAsync(C, "PV20/none.csv"));
    }

    [Fact]
    public async Task Created_blob_reads_back_with_its_length_and_sha256()
    {
        var content = Bytes("id;naam\n1;Kennispunt Digitalisering\n");

        Assert.Equal(CreateOutcome.Created, await Store.CreateAsync(C, "PV20/u1/scan.csv", new MemoryStream(content)));

        var blob = await Store.GetAsync(C, "PV20/u1/scan.csv");
        Assert.NotNull(blob);
        Assert.Equal((C, "PV20/u1/scan.csv", content.Length, Sha(content)), (blob.Container, blob.Name, blob.Length, blob.Sha256));
        Assert.False(string.IsNullOrEmpty(blob.ETag));
        Assert.Equal(content, await ReadAllAsync((await Store.OpenReadAsync(C, "PV20/u1/scan.csv"))!));
        Assert.Equal(content, (await Store.ReadAsync(C, "PV20/u1/scan.csv"))!.Content.ToArray());
    }

    [Fact]
    public async Task Create_of_the_same_content_again_reports_already_exists()
    {
        var content = Bytes("same bytes");
        await Store.CreateAsync(C, "a.txt", new MemoryStream(content));
        var before = await Store.GetAsync(C, "a.txt");

        Assert.Equal(CreateOutcome.AlreadyExists, await OtherStore.CreateAsync(C, "a.txt", new MemoryStream(content)));
        Assert.Equal(before!.ETag, (await Store.GetAsync(C, "a.txt"))!.ETag);
    }

    [Fact]
    public async Task Create_with_other_content_throws_conflict_and_keeps_the_first_content()
    {
        await Store.CreateAsync(C, "a.txt", new MemoryStream(Bytes("first")));

        await Assert.ThrowsAsync<StorageConflictException>(() => OtherStore.CreateAsync(C, "a.txt", new MemoryStream(Bytes("second"))));

        Assert.Equal("first", Encoding.UTF8.GetString((await Store.ReadAsync(C, "a.txt"))!.Content.Span));
    }

    [Fact]
    public async Task Concurrent_creates_of_one_name_with_one_content_give_one_created_and_the_rest_already_exists()
    {
        var content = Bytes("published once");
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Store : OtherStore).CreateAsync(C, "v1/manifest.json", new MemoryStream(content)))));

        Assert.Single(outcomes, o => o == CreateOutcome.Created);
        Assert.Equal(7, outcomes.Count(o => o == CreateOutcome.AlreadyExists));
        Assert.Equal(Sha(content), (await Store.GetAsync(C, "v1/manifest.json"))!.Sha256);
    }

    [Fact]
    public async Task Create_from_a_non_seekable_stream_records_the_hash()
    {
        var content = Bytes(string.Concat(Enumerable.Repeat("streamed row;", 1000)));

        await Store.CreateAsync(C, "streamed.csv", new ForwardOnlyStream(content));

        Assert.Equal(Sha(content), (await Store.GetAsync(C, "streamed.csv"))!.Sha256);
        Assert.Equal(content, (await Store.ReadAsync(C, "streamed.csv"))!.Content.ToArray());
    }

    [Fact]
    public async Task Create_from_a_positioned_stream_stores_the_rest_of_it()
    {
        var stream = new MemoryStream(Bytes("skip|keep"));
        stream.Position = 5;

        await Store.CreateAsync(C, "rest.txt", stream);

        Assert.Equal("keep", Encoding.UTF8.GetString((await Store.ReadAsync(C, "rest.txt"))!.Content.Span));
        Assert.Equal(Sha(Bytes("keep")), (await Store.GetAsync(C, "rest.txt"))!.Sha256);
    }

    [Fact]
    public async Task A_large_blob_round_trips_intact()
    {
        var content = new byte[6 * 1024 * 1024 + 17];
        new Random(42).NextBytes(content);

        await Store.CreateAsync(C, "big.parquet", new ForwardOnlyStream(content));

        var blob = await Store.GetAsync(C, "big.parquet");
        Assert.Equal((content.LongLength, Sha(content)), (blob!.Length, blob.Sha256));
        Assert.Equal(Sha(content), Sha(await ReadAllAsync((await Store.OpenReadAsync(C, "big.parquet"))!)));
    }

    [Fact]
    public async Task WriteIfMatch_without_an_etag_creates_only_a_missing_blob()
    {
        var etag = await Store.WriteIfMatchAsync(C, "latest.json", Bytes("{\"version\":\"1.0.0\"}"), ifMatch: null);

        Assert.Equal(etag, (await Store.GetAsync(C, "latest.json"))!.ETag);
        await Assert.ThrowsAsync<StorageConflictException>(() => OtherStore.WriteIfMatchAsync(C, "latest.json", Bytes("{}"), ifMatch: null));
        Assert.Equal("{\"version\":\"1.0.0\"}", Encoding.UTF8.GetString((await Store.ReadAsync(C, "latest.json"))!.Content.Span));
    }

    [Fact]
    public async Task WriteIfMatch_with_the_current_etag_replaces_and_returns_the_new_etag()
    {
        var first = await Store.WriteIfMatchAsync(C, "latest.json", Bytes("1"), ifMatch: null);

        var second = await OtherStore.WriteIfMatchAsync(C, "latest.json", Bytes("2"), first);

        Assert.NotEqual(first, second);
        var read = await Store.ReadAsync(C, "latest.json");
        Assert.Equal(("2", second), (Encoding.UTF8.GetString(read!.Content.Span), read.ETag));
        Assert.Equal(Sha(Bytes("2")), (await Store.GetAsync(C, "latest.json"))!.Sha256);
    }

    [Fact]
    public async Task WriteIfMatch_with_a_stale_etag_throws_conflict_and_changes_nothing()
    {
        var first = await Store.WriteIfMatchAsync(C, "latest.json", Bytes("1"), ifMatch: null);
        var second = await Store.WriteIfMatchAsync(C, "latest.json", Bytes("2"), first);

        await Assert.ThrowsAsync<StorageConflictException>(() => OtherStore.WriteIfMatchAsync(C, "latest.json", Bytes("3"), first));

        Assert.Equal(second, (await Store.ReadAsync(C, "latest.json"))!.ETag);
    }

    [Fact]
    public async Task WriteIfMatch_on_a_missing_blob_with_an_etag_throws_conflict()
    {
        var etag = await Store.WriteIfMatchAsync(C, "gone.json", Bytes("1"), ifMatch: null);
        await Store.DeleteAsync(C, "gone.json");

        await Assert.ThrowsAsync<StorageConflictException>(() => Store.WriteIfMatchAsync(C, "gone.json", Bytes("2"), etag));
        Assert.Null(await Store.GetAsync(C, "gone.json"));
    }

    [Fact]
    public async Task ETags_from_get_read_list_and_write_agree()
    {
        var written = await Store.WriteIfMatchAsync(C, "p/pointer.json", Bytes("{\"v\":1}"), ifMatch: null);

        Assert.Equal(written, (await Store.GetAsync(C, "p/pointer.json"))!.ETag);
        Assert.Equal(written, (await OtherStore.ReadAsync(C, "p/pointer.json"))!.ETag);
        Assert.Equal(written, (await Store.ListAsync(C, "p/").SingleAsync()).ETag);
    }

    [Fact]
    public async Task Of_sixteen_writers_holding_the_same_etag_exactly_one_wins()
    {
        var etag = await Store.WriteIfMatchAsync(C, "latest.json", Bytes("0"), ifMatch: null);

        var results = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await (i % 2 == 0 ? Store : OtherStore).WriteIfMatchAsync(C, "latest.json", Bytes($"{i}"), etag);
                return i;
            }
            catch (StorageConflictException)
            {
                return 0;
            }
        })));

        var winner = Assert.Single(results, r => r != 0);
        Assert.Equal($"{winner}", Encoding.UTF8.GetString((await Store.ReadAsync(C, "latest.json"))!.Content.Span));
    }

    [Fact]
    public async Task Sixteen_concurrent_read_modify_write_loops_lose_no_update()
    {
        await Store.WriteIfMatchAsync(C, "counter", Bytes("0"), ifMatch: null);
        var winsPerETag = new ConcurrentDictionary<string, int>();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var store = i % 2 == 0 ? Store : OtherStore;
            while (true)
            {
                var current = await store.ReadAsync(C, "counter");
                var next = int.Parse(Encoding.UTF8.GetString(current!.Content.Span), CultureInfo.InvariantCulture) + 1;
                try
                {
                    await store.WriteIfMatchAsync(C, "counter", Bytes($"{next}"), current.ETag);
                    winsPerETag.AddOrUpdate(current.ETag, 1, (_, n) => n + 1);
                    return;
                }
                catch (StorageConflictException)
                {
                    // Lost the race: read again and retry, as the publisher does.
                }
            }
        })));

        Assert.Equal("16", Encoding.UTF8.GetString((await Store.ReadAsync(C, "counter"))!.Content.Span));
        Assert.Equal(16, winsPerETag.Count);
        Assert.All(winsPerETag.Values, wins => Assert.Equal(1, wins));
    }

    [Fact]
    public async Task WriteAsync_replaces_unconditionally_and_records_the_hash()
    {
        await Store.CreateAsync(C, "latest/data.csv", new MemoryStream(Bytes("old")));

        await OtherStore.WriteAsync(C, "latest/data.csv", new MemoryStream(Bytes("new content")));
        await Store.WriteAsync(C, "latest/other.csv", new ForwardOnlyStream(Bytes("fresh")));

        Assert.Equal("new content", Encoding.UTF8.GetString((await Store.ReadAsync(C, "latest/data.csv"))!.Content.Span));
        Assert.Equal(Sha(Bytes("new content")), (await Store.GetAsync(C, "latest/data.csv"))!.Sha256);
        Assert.Equal(Sha(Bytes("fresh")), (await Store.GetAsync(C, "latest/other.csv"))!.Sha256);
    }

    [Fact]
    public async Task Copy_gives_the_target_the_source_content_and_its_recorded_hash()
    {
        await Store.CreateAsync(C, "v1.0.0/data.csv", new MemoryStream(Bytes("release one")));

        Assert.True(await Store.CopyAsync(C, "v1.0.0/data.csv", "latest/data.csv"));

        var source = await Store.GetAsync(C, "v1.0.0/data.csv");
        var copy = await OtherStore.GetAsync(C, "latest/data.csv");
        Assert.Equal("release one", Encoding.UTF8.GetString((await OtherStore.ReadAsync(C, "latest/data.csv"))!.Content.Span));
        Assert.Equal((Sha(Bytes("release one")), source!.Length), (copy!.Sha256, copy.Length));
    }

    [Fact]
    public async Task Copy_replaces_an_existing_target_and_the_second_copy_of_the_same_source_is_harmless()
    {
        await Store.CreateAsync(C, "v1/data.csv", new MemoryStream(Bytes("one")));
        await Store.CreateAsync(C, "v2/data.csv", new MemoryStream(Bytes("two, longer")));
        await Store.CopyAsync(C, "v1/data.csv", "latest/data.csv");

        Assert.True(await Store.CopyAsync(C, "v2/data.csv", "latest/data.csv"));
        Assert.True(await OtherStore.CopyAsync(C, "v2/data.csv", "latest/data.csv"));

        Assert.Equal("two, longer", Encoding.UTF8.GetString((await Store.ReadAsync(C, "latest/data.csv"))!.Content.Span));
        Assert.Equal(Sha(Bytes("two, longer")), (await Store.GetAsync(C, "latest/data.csv"))!.Sha256);
        Assert.Equal(Sha(Bytes("one")), (await Store.GetAsync(C, "v1/data.csv"))!.Sha256);
    }

    [Fact]
    public async Task Copy_of_a_missing_source_returns_false_and_leaves_the_target_as_it_was()
    {
        await Store.CreateAsync(C, "latest/data.csv", new MemoryStream(Bytes("kept")));

        Assert.False(await Store.CopyAsync(C, "v9/data.csv", "latest/data.csv"));
        Assert.False(await Store.CopyAsync(C, "v9/data.csv", "latest/new.csv"));

        Assert.Equal("kept", Encoding.UTF8.GetString((await Store.ReadAsync(C, "latest/data.csv"))!.Content.Span));
        Assert.Null(await Store.GetAsync(C, "latest/new.csv"));
        Assert.Equal(["latest/data.csv"], (await Store.ListAsync(C).ToListAsync()).Select(b => b.Name));
    }

    [Fact]
    public async Task Replacing_or_deleting_a_copy_leaves_its_source_intact()
    {
        // The local store's copy shares the source's file: a write to one name must never reach the other.
        await Store.CreateAsync(C, "v1/a.csv", new MemoryStream(Bytes("source a")));
        await Store.CreateAsync(C, "v1/b.csv", new MemoryStream(Bytes("source b")));
        await Store.CopyAsync(C, "v1/a.csv", "latest/a.csv");
        await Store.CopyAsync(C, "v1/b.csv", "latest/b.csv");

        await Store.WriteAsync(C, "latest/a.csv", new MemoryStream(Bytes("replaced")));
        await Store.WriteIfMatchAsync(C, "latest/b.csv", Bytes("replaced too"), (await Store.GetAsync(C, "latest/b.csv"))!.ETag);
        await Store.CopyAsync(C, "v1/a.csv", "latest/c.csv");
        await Store.DeleteAsync(C, "latest/c.csv");

        Assert.Equal("source a", Encoding.UTF8.GetString((await Store.ReadAsync(C, "v1/a.csv"))!.Content.Span));
        Assert.Equal("source b", Encoding.UTF8.GetString((await Store.ReadAsync(C, "v1/b.csv"))!.Content.Span));
        Assert.Equal(Sha(Bytes("source a")), (await Store.GetAsync(C, "v1/a.csv"))!.Sha256);
        Assert.Equal(Sha(Bytes("replaced")), (await Store.GetAsync(C, "latest/a.csv"))!.Sha256);
    }

    [Fact]
    public async Task Create_from_scratch_stores_the_whole_file_with_the_writers_hash_and_outlives_it()
    {
        var content = Bytes(string.Concat(Enumerable.Repeat("regel;met;cellen\n", 300)));
        await using (var scratch = ScratchWith(content))
        {
            Assert.Equal(CreateOutcome.Created, await Store.CreateFromScratchAsync(C, "PV20/u1/activities.jsonl", scratch, Sha(content)));

            // Readable while the writer still holds its scratch file open.
            Assert.Equal(content, (await OtherStore.ReadAsync(C, "PV20/u1/activities.jsonl"))!.Content.ToArray());
        }

        Assert.Equal(content, (await OtherStore.ReadAsync(C, "PV20/u1/activities.jsonl"))!.Content.ToArray());
        Assert.Equal((Sha(content), (long)content.Length), ((await OtherStore.GetAsync(C, "PV20/u1/activities.jsonl"))!.Sha256, (await OtherStore.GetAsync(C, "PV20/u1/activities.jsonl"))!.Length));
    }

    [Fact]
    public async Task Create_from_scratch_is_create_only_like_create()
    {
        await Store.CreateAsync(C, "PV20/u1/a.jsonl", new MemoryStream(Bytes("first")));

        await using (var same = ScratchWith(Bytes("first")))
        {
            Assert.Equal(CreateOutcome.AlreadyExists, await Store.CreateFromScratchAsync(C, "PV20/u1/a.jsonl", same, Sha(Bytes("first"))));
        }

        await using (var other = ScratchWith(Bytes("second")))
        {
            await Assert.ThrowsAsync<StorageConflictException>(() => Store.CreateFromScratchAsync(C, "PV20/u1/a.jsonl", other, Sha(Bytes("second"))));
        }

        Assert.Equal("first", Encoding.UTF8.GetString((await OtherStore.ReadAsync(C, "PV20/u1/a.jsonl"))!.Content.Span));
        Assert.Equal(Sha(Bytes("first")), (await OtherStore.GetAsync(C, "PV20/u1/a.jsonl"))!.Sha256);
    }

    [Fact]
    public async Task Delete_removes_a_blob_and_is_idempotent()
    {
        await Store.CreateAsync(C, "x/y.txt", new MemoryStream(Bytes("y")));

        await Store.DeleteAsync(C, "x/y.txt");
        await Store.DeleteAsync(C, "x/y.txt");
        await Store.DeleteAsync(C, "never/was.txt");

        Assert.Null(await Store.GetAsync(C, "x/y.txt"));
        Assert.Empty(await Store.ListAsync(C).ToListAsync());
        Assert.Equal(CreateOutcome.Created, await Store.CreateAsync(C, "x/y.txt", new MemoryStream(Bytes("again"))));
    }

    [Fact]
    public async Task List_is_recursive_and_ordered_by_name()
    {
        string[] names = ["b", "a/c", "A", "a-b", "a/b/z.csv", "a/b/a.csv", "PV20/1.csv", "PV3/1.csv"];
        foreach (var name in names)
        {
            await Store.CreateAsync(C, name, new MemoryStream(Bytes(name)));
        }

        var listed = await Store.ListAsync(C).ToListAsync();

        Assert.Equal(names.Order(StringComparer.Ordinal), listed.Select(b => b.Name));
        Assert.All(listed, b => Assert.Equal((C, Sha(Bytes(b.Name)), (long)Bytes(b.Name).Length), (b.Container, b.Sha256, b.Length)));
    }

    [Fact]
    public async Task List_entries_give_the_names_sizes_and_times_that_list_gives_under_a_prefix()
    {
        foreach (var name in new[] { "PV20/u1/scan.csv", "PV20/u1/report.json", "PV21/u2/scan.csv", "PV2x.csv", "PV3/u3/scan.csv" })
        {
            await Store.CreateAsync(C, name, new MemoryStream(Bytes(name + " with some content")));
        }

        foreach (var prefix in new[] { "", "PV2", "PV20/", "PV99/" })
        {
            var listed = await Store.ListAsync(C, prefix).ToListAsync();
            var entries = await Store.ListEntriesAsync(C, prefix).ToListAsync();
            Assert.Equal(listed.Select(b => new BlobEntry(b.Container, b.Name, b.Length, b.LastModified)), entries);
        }

        Assert.Equal(5, (await Store.ListEntriesAsync(C).ToListAsync()).Count);
        Assert.Empty(await Store.ListEntriesAsync(Containers.Quarantine).ToListAsync());
    }

    [Fact]
    public async Task A_listing_asked_for_before_a_blob_was_written_finds_it_when_enumerated()
    {
        await Store.CreateAsync(C, "PV20/first.csv", new MemoryStream(Bytes("first")));
        var entries = Store.ListEntriesAsync(C, "PV20/");
        var blobs = Store.ListAsync(C, "PV20/");

        await Store.CreateAsync(C, "PV20/second.csv", new MemoryStream(Bytes("second")));

        Assert.Equal(["PV20/first.csv", "PV20/second.csv"], await entries.Select(e => e.Name).ToListAsync());
        Assert.Equal(["PV20/first.csv", "PV20/second.csv"], await blobs.Select(b => b.Name).ToListAsync());
    }

    [Fact]
    public async Task List_filters_by_prefix_including_a_partial_segment()
    {
        foreach (var name in new[] { "PV20/u1/scan.csv", "PV20/u1/report.json", "PV21/u2/scan.csv", "PV2x.csv", "PV3/u3/scan.csv" })
        {
            await Store.CreateAsync(C, name, new MemoryStream(Bytes(name)));
        }

        Assert.Equal(["PV20/u1/report.json", "PV20/u1/scan.csv"], await Names(Store.ListAsync(C, "PV20/")));
        Assert.Equal(["PV20/u1/report.json", "PV20/u1/scan.csv"], await Names(Store.ListAsync(C, "PV20/u1/")));
        Assert.Equal(["PV20/u1/report.json", "PV20/u1/scan.csv", "PV21/u2/scan.csv", "PV2x.csv"], await Names(Store.ListAsync(C, "PV2")));
        Assert.Equal(["PV20/u1/scan.csv"], await Names(Store.ListAsync(C, "PV20/u1/s")));
        Assert.Empty(await Names(Store.ListAsync(C, "PV99/")));
        Assert.Empty(await Names(Store.ListAsync(Containers.Quarantine)));
    }

    [Fact]
    public async Task A_held_lock_times_out_a_second_acquirer_and_is_free_after_release()
    {
        var first = await Store.AcquireLockAsync("publish", TimeSpan.Zero);

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => OtherStore.AcquireLockAsync("publish", TimeSpan.FromMilliseconds(300)));
        Assert.Contains("publish", timeout.Message, StringComparison.Ordinal);
        Assert.False(first.Lost.IsCancellationRequested);

        await first.DisposeAsync();
        await using var second = await OtherStore.AcquireLockAsync("publish", TimeSpan.FromSeconds(30));
        Assert.False(second.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task A_waiting_acquirer_gets_the_lock_when_it_is_released()
    {
        var first = await Store.AcquireLockAsync("publish", TimeSpan.Zero);
        var waiting = OtherStore.AcquireLockAsync("publish", TimeSpan.FromSeconds(60));
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);

        await first.DisposeAsync();

        await using var second = await waiting;
    }

    [Fact]
    public async Task Disposing_a_lock_twice_releases_it_once_and_is_harmless()
    {
        var held = await Store.AcquireLockAsync("publish", TimeSpan.Zero);

        await held.DisposeAsync();
        await held.DisposeAsync();

        await using var next = await OtherStore.AcquireLockAsync("publish", TimeSpan.Zero);
    }

    [Fact]
    public async Task Different_locks_do_not_block_each_other()
    {
        await using var publish = await Store.AcquireLockAsync("publish", TimeSpan.Zero);
        await using var sweep = await OtherStore.AcquireLockAsync("sweep", TimeSpan.Zero);
    }

    [Fact]
    public async Task A_held_lock_is_a_listed_empty_blob_under_system_locks()
    {
        await using var held = await Store.AcquireLockAsync("publish", TimeSpan.Zero);

        var blob = Assert.Single(await Store.ListAsync(Containers.System, "locks/").ToListAsync());
        Assert.Equal(("locks/publish", 0L), (blob.Name, blob.Length));
        Assert.NotNull(await Store.GetAsync(Containers.System, "locks/publish"));
    }

    [Fact]
    public async Task Ensure_containers_is_idempotent_and_every_container_takes_blobs()
    {
        await Store.EnsureContainersAsync();

        foreach (var container in Containers.All)
        {
            await Store.CreateAsync(container, "probe.txt", new MemoryStream(Bytes(container)));
            Assert.Equal(Sha(Bytes(container)), (await Store.GetAsync(container, "probe.txt"))!.Sha256);
        }
    }

    [Fact]
    public void Description_says_where_the_store_is()
    {
        Assert.False(string.IsNullOrWhiteSpace(Store.Description));
        Assert.DoesNotContain("AccountKey", Store.Description, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string> InvalidNames => new()
    {
        "",
        "/abs.csv",
        "../outside.csv",
        "a/../../outside.csv",
        "a/..",
        "./a.csv",
        "a//b.csv",
        "a/",
        "a\\b.csv",
        "a\u0000b",
        "line\nbreak",
        ".regioscan-tmp-1",
        "a/.regioscan/x",
        new string('x', 1025),
    };

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public async Task Invalid_names_are_rejected_by_every_operation(string name)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetAsync(C, name));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.OpenReadAsync(C, name));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReadAsync(C, name));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.CreateAsync(C, name, new MemoryStream(Bytes("x"))));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.WriteIfMatchAsync(C, name, Bytes("x"), null));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.WriteAsync(C, name, new MemoryStream(Bytes("x"))));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.DeleteAsync(C, name));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AcquireLockAsync(name, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("../")]
    [InlineData("/scans")]
    [InlineData("a/../")]
    [InlineData("a\\b")]
    [InlineData("a//")]
    public async Task Invalid_prefixes_are_rejected(string prefix)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListAsync(C, prefix).ToListAsync().AsTask());
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../scans")]
    [InlineData("Scans")]
    [InlineData("sc")]
    [InlineData("scans/x")]
    [InlineData("-scans")]
    [InlineData("sc--ans")]
    public async Task Invalid_container_names_are_rejected(string container)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetAsync(container, "a.csv"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.CreateAsync(container, "a.csv", new MemoryStream(Bytes("x"))));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ListAsync(container).ToListAsync().AsTask());
    }

    private static async Task<List<string>> Names(IAsyncEnumerable<StoredBlob> blobs) =>
        await blobs.Select(b => b.Name).ToListAsync();
}
