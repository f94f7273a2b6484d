using System.Globalization;
using Monitor.Contracts;
using Orleans.Storage;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

/// <summary>
/// The journal on Redis, shared by every silo of a cluster: a list per event stream, and per topic a
/// sequence counter and a sorted set of changes scored by sequence. Keys lead with the service id,
/// so clusters can share one Redis.
/// </summary>
public sealed class RedisJournal(IConnectionMultiplexer redis, string serviceId, TimeProvider time) : IJournal
{
    private IDatabase Database => redis.GetDatabase();

    public async Task<IReadOnlyList<string>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var events = await Database.ListRangeAsync(StreamKey(stream));
        return [.. events.Select(e => e.ToString())];
    }

    public async Task<IReadOnlyList<Change>> CommitAsync(
        string stream, long expectedVersion, IReadOnlyList<string> events, IReadOnlyList<ChangeDraft> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(changes);
        var numbered = changes.SelectMany(c => c.Topics.Select(topic => (Topic: topic, c.Kind, c.Payload))).ToList();
        var at = time.GetUtcNow().ToUniversalTime();
        RedisKey[] keys = [StreamKey(stream), .. numbered.SelectMany(n => new[] { SequenceKey(n.Topic), ChangesKey(n.Topic) })];
        RedisValue[] values =
        [
            expectedVersion,
            events.Count,
            .. events.Select(e => (RedisValue)e),
            at.UtcTicks,
            .. numbered.SelectMany(n => new RedisValue[] { n.Kind, n.Payload }),
        ];
        var reply = (long[])(await Database.ScriptEvaluateAsync(RedisJournalScript.Commit, keys, values))!;
        if (reply is [RedisJournalScript.Conflict, var head])
        {
            throw new InconsistentStateException(
                $"Stream {stream} is at version {head}, not {expectedVersion}.",
                head.ToString(CultureInfo.InvariantCulture),
                expectedVersion.ToString(CultureInfo.InvariantCulture));
        }
        return [.. numbered.Select((n, i) => new Change(n.Topic, reply[i], n.Kind, at, n.Payload))];
    }

    public async Task<long> TopicHeadAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var head = await Database.StringGetAsync(SequenceKey(topic));
        return head.HasValue ? (long)head : 0;
    }

    public async Task<IReadOnlyList<Change>> ReadChangesAsync(string topic, long after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (limit <= 0)
        {
            return [];
        }
        var members = await Database.SortedSetRangeByScoreAsync(
            ChangesKey(topic), Math.Max(0, after), double.PositiveInfinity, Exclude.Start, Order.Ascending, 0, limit);
        return [.. members.Select(m => Parse(topic, m.ToString()))];
    }

    /// <summary>A member is "sequence\nkind\nticks\npayload"; the payload may hold anything after the third line break.</summary>
    private static Change Parse(string topic, string member)
    {
        var parts = member.Split('\n', 4);
        var at = new DateTimeOffset(long.Parse(parts[2], CultureInfo.InvariantCulture), TimeSpan.Zero);
        return new Change(topic, long.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], at, parts[3]);
    }

    private RedisKey StreamKey(string stream) => $"{serviceId}/journal/stream/{stream}";

    private RedisKey SequenceKey(string topic) => $"{serviceId}/journal/seq/{topic}";

    private RedisKey ChangesKey(string topic) => $"{serviceId}/journal/changes/{topic}";
}
