using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// Weighted counts of the terms of one article, then the strongest of them. A tally serves one thread
/// and one article at a time, and keeps its term strings from article to article: news repeats its
/// vocabulary, so a term costs a string only the first time the thread meets it. Past
/// <see cref="MaxVocabulary"/> terms it forgets them all, so it stays bounded. Given a
/// <see cref="WordReading"/>, it also counts words for the terms they read as, and keeps each word's
/// reading the same way: a word is read once a thread, not each time an article uses it.
/// </summary>
internal sealed class TermTally
{
    private const int MaxVocabulary = 50_000;

    /// <summary>Every term met so far, with the article it was last counted in and its place in <see cref="_counts"/> then.</summary>
    private readonly Dictionary<string, Slot> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<(string Term, double Count)> _counts = [];

    private readonly WordReading? _reading;

    /// <summary>Every word met so far, with the term it counts for (none for a word that counts for nothing) and its weight's factor.</summary>
    private readonly WordIndex<(Slot? Term, double Factor)> _words = new();

    /// <summary>The counts in order, to find the bar of the strongest; kept for the next article.</summary>
    private double[] _ranked = [];
    private long _article;

    /// <summary>A tally whose words read as <paramref name="reading"/> says; without one, it counts terms only.</summary>
    public TermTally(WordReading? reading = null) => _reading = reading;

    /// <summary>What a word counts for: a term (null for none), and the factor of the weight it is counted with.</summary>
    public delegate (string? Term, double Factor) WordReading(ReadOnlySpan<char> word);

    /// <summary>A term of the vocabulary: a class, so a word's reading can point at it.</summary>
    private sealed class Slot(string term)
    {
        public readonly string Term = term;
        public long Article;
        public int Index;
    }

    /// <summary>Starts the next article: no term has a count.</summary>
    public void Start()
    {
        _counts.Clear();
        _article++;
        if (_vocabulary.Count > MaxVocabulary || _words.Count > MaxVocabulary)
        {
            // The words' readings point at terms of the vocabulary, so they go with it.
            _vocabulary.Clear();
            _words.Clear();
        }
    }

    public void Add(string term, double weight) => Count(SlotOf(term), weight);

    /// <summary>Counts <paramref name="word"/> for the term it reads as, with its weight times the word's factor; a word that reads as no term counts for nothing.</summary>
    public void AddWord(ReadOnlySpan<char> word, double weight)
    {
        ref var reading = ref _words.GetOrAdd(word, out var known);
        if (!known)
        {
            var (term, factor) = _reading!(word);
            reading = (term is null ? null : SlotOf(term), factor);
        }
        if (reading.Term is { } slot)
        {
            Count(slot, weight * reading.Factor);
        }
    }

    /// <summary>
    /// The <paramref name="take"/> terms of highest count, ties by term: a total order, so the same for
    /// any order the terms came in; each as <paramref name="select"/> makes it of the term and its count.
    /// It reorders the counts, so it ends the article's counting.
    /// </summary>
    public List<T> Strongest<T>(int take, Func<string, double, T> select)
    {
        var counts = Contenders(take);
        counts.Sort(new StrongestFirst());
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

    /// <summary>Highest count first, ties by term: a comparer the sort calls without a delegate.</summary>
    private readonly struct StrongestFirst : IComparer<(string Term, double Count)>
    {
        public int Compare((string Term, double Count) a, (string Term, double Count) b) =>
            b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Term, b.Term);
    }

    private Slot SlotOf(string term)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_vocabulary, term, out _);
        return slot ??= new Slot(term);
    }

    private void Count(Slot slot, double weight)
    {
        if (slot.Article != _article)
        {
            (slot.Article, slot.Index) = (_article, _counts.Count);
            _counts.Add((slot.Term, 0));
        }
        CollectionsMarshal.AsSpan(_counts)[slot.Index].Count += weight;
    }
}
