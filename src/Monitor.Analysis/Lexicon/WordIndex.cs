using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// Values by word (compared ordinally), looked up by a span of text with no string made: the tables a thread
/// keeps of the words it has read (<see cref="TermTally"/>, <see cref="WordStems"/>), asked once for each token
/// of each article. An open hash table with its hashing inline, about half again as fast as a dictionary's
/// alternate look-up, which pays two interface calls a token.
/// </summary>
internal sealed class WordIndex<T>
{
    private int[] _buckets = new int[1024]; // for each bucket, 1 + the entry that heads its chain; 0 for none
    private Entry[] _entries = new Entry[1024];

    public int Count { get; private set; }

    /// <summary>The value of <paramref name="word"/>, added as <c>default</c> (<paramref name="known"/> false) the first time.</summary>
    public ref T GetOrAdd(ReadOnlySpan<char> word, out bool known)
    {
        var hash = Hash(word);
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && word.SequenceEqual(entry.Word))
            {
                known = true;
                return ref entry.Value;
            }
        }
        known = false;
        if (Count == _entries.Length)
        {
            Grow();
        }
        ref var added = ref _entries[Count];
        ref var bucket = ref _buckets[hash & (_buckets.Length - 1)];
        (added.Word, added.Hash, added.Next, added.Value) = (word.ToString(), hash, bucket - 1, default!);
        bucket = ++Count;
        return ref added.Value;
    }

    public void Clear()
    {
        Array.Clear(_buckets);
        Array.Clear(_entries, 0, Count);
        Count = 0;
    }

    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        _buckets = new int[_entries.Length];
        for (var i = 0; i < Count; i++)
        {
            ref var bucket = ref _buckets[_entries[i].Hash & (_buckets.Length - 1)];
            _entries[i].Next = bucket - 1;
            bucket = i + 1;
        }
    }

    /// <summary>FNV-1a over the characters two at a time, folded so the low bits that pick a bucket depend on all of them.</summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261 ^ (uint)word.Length;
        foreach (var pair in MemoryMarshal.Cast<char, uint>(word))
        {
            hash = (hash ^ pair) * 16777619;
        }
        if ((word.Length & 1) != 0)
        {
            hash = (hash ^ word[^1]) * 16777619;
        }
        return (int)(hash ^ (hash >> 15));
    }

    private struct Entry
    {
        public string Word;
        public int Hash;
        public int Next;
        public T Value;
    }
}
