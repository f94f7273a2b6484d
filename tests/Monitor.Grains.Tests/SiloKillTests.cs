using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;
using Monitor.Storage.Sqlite;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Monitor.Grains.Tests;

public sealed class SiloKillTests : IDisposable
{
    private const int KillAfter = 150;
    private readonly List<string> _files = [];

    [Fact]
    public async Task Killing_a_silo_while_500_articles_arrive_loses_none_and_counts_none_twice()
    {
        var articles = EventArticles.Make(events: 50, perEvent: 10, seed: 11);

        var calm = await IngestOnTwoSilosAsync(articles, killOneMidway: false);
        var killed = await IngestOnTwoSilosAsync(articles, killOneMidway: true);

        var ids = articles.Select(a => a.Id).ToList();
        killed.Stories.SelectMany(s => s.Articles).Should().BeEquivalentTo(ids, "every article is in exactly one story");
        killed.Sources.SelectMany(s => s.Articles).Should().BeEquivalentTo(ids, "every article is counted once by its source");
        Normalized(killed).Should().Be(Normalized(calm));
    }

    public void Dispose()
    {
        foreach (var file in _files.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            File.Delete(file);
        }
    }

    private async Task<Snapshot> IngestOnTwoSilosAsync(IReadOnlyList<ArticleInput> articles, bool killOneMidway)
    {
        var file = Path.Combine(Path.GetTempPath(), $"monitor-kill-{Guid.NewGuid():N}.db");
        _files.Add(file);
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqliteGrainStorage(MonitorStorage.Name, file);
            silo.Services.AddSqliteJournal(file);
            silo.Services.AddSerializer(s => s.AddMonitorSerialization());
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddSerializer(s => s.AddMonitorSerialization());
            client.Services.AddSingleton(TimeProvider.System);
            client.Services.AddMonitorIngest();
        });
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var ingestor = cluster.Client.ServiceProvider.GetRequiredService<ArticleIngestor>();
        var done = 0;
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (article, ct) =>
        {
            await ingestor.IngestAsync(article, ct);
            if (Interlocked.Increment(ref done) == KillAfter && killOneMidway)
            {
                await cluster.KillSiloAsync(cluster.Silos[1]);
            }
        });
        var snapshot = await cluster.Client.ServiceProvider.GetRequiredService<SnapshotReader>().ReadAsync();
        await cluster.StopAllSilosAsync();
        return snapshot;
    }

    /// <summary>Story ids depend on which article came first; name each story by its smallest article id instead.</summary>
    private static string Normalized(Snapshot snapshot)
    {
        var names = snapshot.Stories.ToDictionary(s => s.Id, s => s.Articles.Min(StringComparer.Ordinal)!);
        var stories = snapshot.Stories
            .Select(s => s with { Id = names[s.Id] })
            .OrderBy(s => s.Id, StringComparer.Ordinal);
        var entities = snapshot.Entities
            .Select(e => e with { Stories = [.. e.Stories.Select(id => names[id]).Order(StringComparer.Ordinal)] });
        return JsonSerializer.Serialize(new { stories, entities, snapshot.Sources }, MonitorJson.Options);
    }
}
