namespace Monitor.Analysis;

/// <summary>
/// The stems of one sentence's tokens as its facts' contexts keep them: each distinct stem once, in ordinal
/// order, and each token's place in that order. Read once a sentence, however many facts it holds; a fact's
/// words are then the places its tokens mark, with no sorting of its own.
/// </summary>
internal sealed class SentenceStems
{
    private readonly string[] _sorted;
    private readonly int[] _place;
    private readonly Sentence _sentence;

    /// <summary>The stems and their tokens while a sentence's are read: one buffer a thread, not one a sentence.</summary>
    [ThreadStatic]
    private static (string[] Stems, int[] Tokens)? t_buffer;

    private SentenceStems(Sentence sentence)
    {
        _sentence = sentence;
        var tokens = sentence.Tokens;
        if (t_buffer is not { } buffer || buffer.Stems.Length < tokens.Length)
        {
            var length = Math.Max(tokens.Length, 256);
            t_buffer = buffer = (new string[length], new int[length]);
        }
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (WordStems.Of(tokens[i].Text) is not { } stem)
            {
                continue;
            }
            (buffer.Stems[count], buffer.Tokens[count]) = (stem, i);
            count++;
            if (i > 0 && Calendar.Month(tokens[i].Text) is var month and > 0)
            {
                AnyMonths |= 1 << (month - 1);
            }
        }
        // Sorted with their tokens, equal stems side by side: each run of them is one place.
        var stems = buffer.Stems.AsSpan(0, count);
        var at = buffer.Tokens.AsSpan(0, count);
        stems.Sort(at, StringComparer.Ordinal);
        _place = new int[tokens.Length];
        Array.Fill(_place, -1);
        var places = 0;
        for (var j = 0; j < count; j++)
        {
            if (j > 0 && !string.Equals(stems[j - 1], stems[j], StringComparison.Ordinal))
            {
                places++;
            }
            _place[at[j]] = places;
        }
        _sorted = new string[count == 0 ? 0 : places + 1];
        for (var j = 0; j < count; j++)
        {
            _sorted[_place[at[j]]] = stems[j];
        }
        stems.Clear();
    }

    /// <summary>The months the content words after the first token name, one bit each; 0 when they name none.</summary>
    public int AnyMonths { get; }

    /// <summary>The stems of a sentence, read the first time a fact of it asks.</summary>
    public static SentenceStems Of(Sentence sentence) => sentence.Stems ??= new SentenceStems(sentence);

    /// <summary>The distinct stems of tokens [<paramref name="from"/>, <paramref name="to"/>) but the value's [<paramref name="first"/>, <paramref name="end"/>), in ordinal order.</summary>
    public string[] Between(int from, int to, int first, int end)
    {
        from = Math.Max(from, 0);
        to = Math.Min(to, _place.Length);
        Span<bool> marked = _sorted.Length <= 256 ? stackalloc bool[_sorted.Length] : new bool[_sorted.Length];
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if ((i < first || i >= end) && _place[i] >= 0 && !marked[_place[i]])
            {
                marked[_place[i]] = true;
                count++;
            }
        }
        var words = new string[count];
        count = 0;
        for (var p = 0; p < marked.Length && count < words.Length; p++)
        {
            if (marked[p])
            {
                words[count++] = _sorted[p];
            }
        }
        return words;
    }

    /// <summary>The months named by tokens other than the first and the value's [<paramref name="first"/>, <paramref name="end"/>), one bit each.</summary>
    public int MonthsBut(int first, int end)
    {
        if (AnyMonths == 0)
        {
            return 0;
        }
        var tokens = _sentence.Tokens;
        var months = 0;
        for (var i = 1; i < tokens.Length; i++)
        {
            if ((i < first || i >= end) && _place[i] >= 0 && Calendar.Month(tokens[i].Text) is var month and > 0)
            {
                months |= 1 << (month - 1);
            }
        }
        return months;
    }
}
