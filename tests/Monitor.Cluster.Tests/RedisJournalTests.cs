using Monitor.Contracts;
using Monitor.Storage.Redis;
using StackExchange.Redis;

namespace Monitor.Cluster.Tests;

/// <summary>The Redis journal against a real Redis server.</summary>
public sealed class RedisJournalTests : IDisposable
{
    private readonly string _logs = Directory.CreateTempSubdirectory("monitor-redis-").FullName;
    private readonly RedisServer _redis;

    public RedisJournalTests() => _redis = new RedisServer(_logs);

    [Fact]
    public async Task A_topic_s_head_is_its_last_sequence_and_zero_before_any_change()
    {
        await _redis.Ready;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.Connection);
        var journal = new RedisJournal(connection, "service-" + Guid.NewGuid().ToString("N"), TimeProvider.System);
        (await journal.TopicHeadAsync(Topics.All)).Should().Be(0);

        await journal.CommitAsync("s", 0, ["e0"], [new ChangeDraft(ChangeKinds.StoryUpdated, [Topics.All, Topics.Story("a")], "p0")]);
        await journal.CommitAsync("s", 1, ["e1"], [new ChangeDraft(ChangeKinds.StoryUpdated, [Topics.All], "p1")]);

        (await journal.TopicHeadAsync(Topics.All)).Should().Be(2);
        (await journal.TopicHeadAsync(Topics.Story("a"))).Should().Be(1);
    }

    public void Dispose() => _redis.Dispose();
}
