using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Monitor.Dashboard.Tests;

/// <summary>The hub as a .NET client sees it: the backlog after a sequence, then live changes.</summary>
[Collection(DashboardCollection.Name)]
public sealed class HubCatchUpTests(MonitorHostFixture host)
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_subscriber_that_comes_back_after_a_sequence_gets_exactly_what_it_missed()
    {
        var first = TestArticle.Fresh();
        var missed = TestArticle.Fresh();
        long lastSeen;
        await using (var before = await ConnectAsync())
        {
            await before.Connection.InvokeAsync<long>("Subscribe", "all", 0L);
            await host.PostAsync(first);
            await before.WaitForAsync(c => c.Kind == "story.opened" && Title(c) == first.Title);
            lastSeen = before.Received.Max(c => c.Sequence);
        }

        var missedStory = await host.PostAsync(missed);
        await using var after = await ConnectAsync();
        var backlogEnd = await after.Connection.InvokeAsync<long>("Subscribe", "all", lastSeen);
        await after.WaitForAsync(c => c.Kind == "story.opened" && Id(c) == missedStory);

        // A live push may repeat a backlog change (the hub joins the group before reading): never miss one.
        var backlog = after.Received.Select(c => c.Sequence).Where(s => s <= backlogEnd).Distinct().Order().ToList();
        backlog.Should().Equal(Enumerable.Range((int)lastSeen + 1, (int)(backlogEnd - lastSeen)).Select(i => (long)i),
            "the backlog is every change after the sequence");
        after.Received.Should().OnlyContain(c => c.Topic == "all" && c.Sequence > lastSeen);
        after.Received.Should().NotContain(c => c.Kind == "story.opened" && Title(c) == first.Title);
    }

    [Fact]
    public async Task A_story_topic_numbers_its_own_changes_from_one()
    {
        var storyId = await host.PostAsync(TestArticle.Fresh());
        await using var client = await ConnectAsync();

        await client.Connection.InvokeAsync<long>("Subscribe", $"story:{storyId}", 0L);
        var opened = await client.WaitForAsync(c => c.Kind == "story.opened");

        opened.Topic.Should().Be($"story:{storyId}");
        opened.Sequence.Should().Be(1);
        client.Received.Should().OnlyContain(c => c.Topic == $"story:{storyId}");
    }

    [Fact]
    public async Task An_unknown_topic_is_refused()
    {
        await using var client = await ConnectAsync();

        var subscribe = () => client.Connection.InvokeAsync<long>("Subscribe", "weather", 0L);

        await subscribe.Should().ThrowAsync<HubException>().WithMessage("*Unknown topic*");
    }

    private static string? Title(ReceivedChange c) => c.Payload.TryGetProperty("title", out var t) ? t.GetString() : null;

    private static string? Id(ReceivedChange c) => c.Payload.TryGetProperty("id", out var t) ? t.GetString() : null;

    private async Task<HubClient> ConnectAsync()
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "hubs/monitor")).Build();
        var client = new HubClient(connection);
        await connection.StartAsync();
        return client;
    }

    public sealed record ReceivedChange(string Topic, long Sequence, string Kind, DateTimeOffset At, JsonElement Payload);

    /// <summary>A connection that records every change and lets a test wait for one.</summary>
    private sealed class HubClient : IAsyncDisposable
    {
        private readonly ConcurrentQueue<ReceivedChange> _received = new();
        private readonly List<(Func<ReceivedChange, bool> Match, TaskCompletionSource<ReceivedChange> Done)> _waiters = [];
        private readonly Lock _lock = new();

        public HubClient(HubConnection connection)
        {
            Connection = connection;
            connection.On<List<ReceivedChange>>("changes", OnChanges);
        }

        public HubConnection Connection { get; }

        public IReadOnlyList<ReceivedChange> Received => [.. _received];

        public async Task<ReceivedChange> WaitForAsync(Func<ReceivedChange, bool> match)
        {
            var done = new TaskCompletionSource<ReceivedChange>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_lock)
            {
                if (_received.FirstOrDefault(match) is { } seen)
                {
                    return seen;
                }
                _waiters.Add((match, done));
            }
            return await done.Task.WaitAsync(Guard);
        }

        public ValueTask DisposeAsync() => Connection.DisposeAsync();

        private void OnChanges(List<ReceivedChange> changes)
        {
            lock (_lock)
            {
                foreach (var change in changes)
                {
                    _received.Enqueue(change);
                    foreach (var waiter in _waiters.Where(w => w.Match(change)))
                    {
                        waiter.Done.TrySetResult(change);
                    }
                }
            }
        }
    }
}
