using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// Weighted counts of the terms of one article, then the strongest of them. A tally serves one thread
/// and one article at a time, and keeps its term strings from article to article: news repeats its
/// vocabulary, so a term costs a string only the first time the thread meets it. Past
/// <see cref="MaxVocabulary"/> terms it forgets them all, so it stays bounded.
/// </summary>
internal sealed class TermTally
{
    private const int MaxVocabulary = 50_000;

    /// <summary>Every term met so far, with the article it was last counted in and its place in <see cref="_counts"/> then.</summary>
    private readonly Dictionary<string, Slot> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Slot>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<(string Term, double Count)> _counts = [];

    /// <summary>The counts in order, to find the bar of the strongest; kept for the next article.</summary>
    private double[] _ranked = [];
    private long _article;

    public TermTally() => _bySpan = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();

    private struct Slot
    {
        public string Term;
        public long Article;
        public int Index;
    }

    /// <summary>Starts the next article: no term has a count.</summary>
    public void Start()
    {
        _counts.Clear();
        _article++;
        if (_vocabulary.Count > MaxVocabulary)
        {
            _vocabulary.Clear();
        }
    }

    public void Add(ReadOnlySpan<char> term, double weight)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_bySpan, term, out var known);
        if (!known)
        {
            // The table made the term's string as it added it; the slot keeps that one rather than a second.
            _bySpan.TryGetValue(term, out var added, out _);
            slot.Term = added!;
        }
        Count(ref slot, weight);
    }

    public void Add(string term, double weight)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_vocabulary, term, out _);
        slot.Term = term;
        Count(ref slot, weight);
    }

    /// <summary>
    /// The <paramref name="take"/> terms of highest count, ties by term: a total order, so the same for
    /// any order the terms came in; each as <paramref name="select"/> makes it of the term and its count.
    /// It reorders the counts, so it ends the article's counting.
    /// </summary>
    public List<T> Strongest<T>(int take, Func<string, double, T> select)
    {
        var counts = Contenders(take);
        counts.Sort(static (a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Term, b.Term));
        var length = Math.Min(take, counts.Length);
        var strongest = new List<T>(length);
        foreach (var (term, count) in counts[..length])
        {
            strongest.Add(select(term, count));
        }
        return strongest;
    }

    /// <summary>
    /// The terms that may be among the <paramref name="take"/> strongest, moved to the front of the counts:
    /// those whose count reaches the take-th highest. An article has many more terms than are taken, and
    /// sorting the bare counts to find that bar costs far less than sorting every term by count and name.
    /// </summary>
    private Span<(string Term, double Count)> Contenders(int take)
    {
        var counts = CollectionsMarshal.AsSpan(_counts);
        if (counts.Length <= take)
        {
            return counts;
        }
        if (_ranked.Length < counts.Length)
        {
            _ranked = new double[counts.Length * 2];
        }
        var ranked = _ranked.AsSpan(0, counts.Length);
        for (var i = 0; i < counts.Length; i++)
        {
            ranked[i] = counts[i].Count;
        }
        ranked.Sort();
        var bar = ranked[^take];
        var kept = 0;
        foreach (var count in counts)
        {
            if (count.Count >= bar)
            {
                counts[kept++] = count;
            }
        }
        return counts[..kept];
    }

    private void Count(ref Slot slot, double weight)
    {
        if (slot.Article != _article)
        {
            (slot.Article, slot.Index) = (_article, _counts.Count);
            _counts.Add((slot.Term, 0));
        }
        CollectionsMarshal.AsSpan(_counts)[slot.Index].Count += weight;
    }
}
