using Microsoft.Extensions.DependencyInjection;
using Monitor.Contracts;
using Monitor.Grains;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Monitor.Webhooks.Tests;

/// <summary>
/// An in-process cluster with webhook delivery, a short retry schedule and loopback allowed. Tests share
/// the one dispatcher, so each subscribes with a filter on its own fresh story.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IJournal Journal { get; } = new InMemoryJournal(TimeProvider.System);

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(MonitorStorage.Name);
            silo.Services.AddSingleton(Journal);
            silo.Services.AddSerializer(s => s.AddMonitorSerialization());
            silo.UseInMemoryReminderService().AddMonitorWebhooks();
            silo.Services.Configure<WebhookOptions>(o =>
            {
                o.AllowedHosts = ["127.0.0.1"];
                o.RetrySchedule = [Retry, Retry, Retry, Retry];
                o.PollInterval = TimeSpan.FromMilliseconds(50);
            });
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddMonitorSerialization()));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Subscribes the way the API does: the subscription first, then the dispatcher.</summary>
    public async Task<(string Id, string Secret)> SubscribeAsync(string url, WebhookFilter filter, params string[] events)
    {
        var id = "wh_" + Guid.NewGuid().ToString("N");
        var settings = new WebhookRequest(url, null, new WebhookFilterRequest(filter.StoryId, filter.EntityId, filter.DivergenceKind, null, filter.IncludeSoft), events).ToSettings();
        await Grains.GetGrain<IWebhookSubscriptionGrain>(id).Create(settings);
        await Grains.GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Default).Register(id, settings.Route);
        return (id, settings.Secret);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
