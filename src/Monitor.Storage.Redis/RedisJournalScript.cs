namespace Monitor.Storage.Redis;

/// <summary>
/// The commit as one Lua script, so Redis runs it atomically: no other commit can slip between the
/// version check, the events and the numbering of the changes.
/// </summary>
internal static class RedisJournalScript
{
    /// <summary>The first element of the reply when the stream has moved on; the second is its version.</summary>
    public const long Conflict = -1;

    /// <summary>
    /// KEYS: the stream's list, then a (sequence counter, change set) pair per numbered change.
    /// ARGV: the expected version, the event count, the events, the time in UTC ticks, then a (kind, payload) pair per numbered change.
    /// A change is kept in its topic's sorted set scored by its sequence; the member leads with the sequence, so it is unique.
    /// </summary>
    public const string Commit = """
        local version = redis.call('LLEN', KEYS[1])
        if version ~= tonumber(ARGV[1]) then
          return { -1, version }
        end
        local count = tonumber(ARGV[2])
        for i = 1, count do
          redis.call('RPUSH', KEYS[1], ARGV[2 + i])
        end
        local at = ARGV[3 + count]
        local sequences = {}
        local key = 2
        for j = 4 + count, #ARGV, 2 do
          local seq = redis.call('INCR', KEYS[key])
          redis.call('ZADD', KEYS[key + 1], seq, seq .. '\n' .. ARGV[j] .. '\n' .. at .. '\n' .. ARGV[j + 1])
          sequences[#sequences + 1] = seq
          key = key + 2
        end
        return sequences
        """;
}
