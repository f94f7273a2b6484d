using Microsoft.Extensions.DependencyInjection;
using Monitor.Contracts;
using Orleans.TestingHost;

namespace Monitor.Grains.Tests;

/// <summary>An in-process cluster shared by a test class; every test uses fresh grain keys and article ids.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <summary>One journal for every silo, as a real shared store would be.</summary>
    public IJournal Journal { get; } = new InMemoryJournal(TimeProvider.System);

    public IGrainFactory Grains => Cluster.Client;

    public ArticleIngestor Ingestor => Cluster.Client.ServiceProvider.GetRequiredService<ArticleIngestor>();

    public SnapshotReader Snapshots => Cluster.Client.ServiceProvider.GetRequiredService<SnapshotReader>();

    public async Task InitializeAsync() =>
        Cluster = await InProcessCluster.StartAsync(1, silo =>
        {
            silo.AddMemoryGrainStorage(MonitorStorage.Name);
            silo.Services.AddSingleton(Journal);
            // Re-clustering after every article, so a test sees its moves without ingesting a window's worth.
            silo.Services.AddSingleton(new Monitor.Analysis.StoryClustering { RegroupEvery = 1 });
        });

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
