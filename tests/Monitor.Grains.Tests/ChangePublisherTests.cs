using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Monitor.Contracts;

namespace Monitor.Grains.Tests;

/// <summary>
/// A silo that is stopping disposes the services its grain factory resolves from, while grains may
/// still hand over changes. The publisher's push thread must survive that: an exception there would
/// take the whole process down.
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
