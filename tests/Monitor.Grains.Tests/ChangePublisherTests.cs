using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Contracts;

namespace Monitor.Grains.Tests;

/// <summary>
/// A silo that is stopping disposes the services its grain factory resolves from, while grains may
/// still hand over changes. The publisher's push thread must survive that: an exception there would
/// take the whole process down. And once the change hub has gone for the shutdown, the publisher
/// stops: a push would only look for a silo to place a new hub on.
/// </summary>
public sealed class ChangePublisherTests
{
    [Fact]
    public async Task A_stopped_silo_drops_the_push_and_the_next_change_is_still_sent()
    {
        var factory = StoppedSilo.Create();
        var publisher = new ChangePublisher(factory);
        var change = new Change("story:s", 1, ChangeKinds.StoryUpdated, DateTimeOffset.UnixEpoch, "{}");

        publisher.Publish([change]);
        (await StoppedSilo.Attempts(factory).ReadAsync()).Should().Be(1);

        // The failed hand-off did not leave the publisher thinking a send is still under way.
        publisher.Publish([change]);
        (await StoppedSilo.Attempts(factory).ReadAsync()).Should().Be(2);
    }

    [Fact]
    public async Task A_silo_shutting_down_stops_its_publisher_when_the_change_hub_goes()
    {
        var file = FreshCluster.NewFile();
        try
        {
            await using var cluster = await FreshCluster.StartAsync(1, file);
            var silo = cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainFactory>();
            // The hub is activated by its first subscriber, as a dashboard's connection does.
            var observer = cluster.Client.CreateObjectReference<IChangeObserver>(new NoObserver());
            await cluster.Client.GetGrain<IChangeHubGrain>(0).Subscribe(observer);
            ChangePublisher.For(silo).IsStopped.Should().BeFalse();

            await cluster.StopAllSilosAsync();

            ChangePublisher.For(silo).IsStopped.Should().BeTrue("a grain's last commit must not place a new hub on a silo that is going");
        }
        finally
        {
            FreshCluster.Delete(file);
        }
    }

    private sealed class NoObserver : IChangeObserver
    {
        public Task OnChanges(IReadOnlyList<Change> changes) => Task.CompletedTask;
    }

    /// <summary>A grain factory whose services are gone, as in a silo being disposed; it counts the attempts.</summary>
    private static class StoppedSilo
    {
        private static readonly ConditionalWeakTable<IGrainFactory, Channel<int>> AttemptsOf = [];

        public static IGrainFactory Create()
        {
            var factory = CallProxy.Create<IGrainFactory>();
            var attempts = Channel.CreateUnbounded<int>();
            AttemptsOf.Add(factory, attempts);
            var count = 0;
            CallProxy.Of(factory).Handle = (_, _) =>
            {
                attempts.Writer.TryWrite(Interlocked.Increment(ref count));
                throw new ObjectDisposedException("IServiceProvider");
            };
            return factory;
        }

        public static ChannelReader<int> Attempts(IGrainFactory factory) => AttemptsOf.TryGetValue(factory, out var a) ? a.Reader : throw new ArgumentException("Not a stopped silo.");
    }
}
