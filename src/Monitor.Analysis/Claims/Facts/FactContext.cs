namespace Monitor.Analysis;

/// <summary>
/// The words a fact stands among: the content words of its sentence, and those near its value, each
/// folded to a crude stem and sorted. Two outlets state the same fact in sentences that share words,
/// most of all next to the value ("has led House Democrats since 2002" and "... since 2003"). <see cref="Close"/>
/// holds the words right beside the value ("published Saturday"), what tells one event's day from the next's.
/// <see cref="Months"/> are the months the sentence names, one bit each (January the lowest): a monthly report's
/// day ("the June figures, released Tuesday") is not the day of the April one.
/// </summary>
public sealed record FactContext(string[] Words, string[] Near, string[] Close, int Months = 0)
{
    /// <summary>How many tokens either side of the value count as near it.</summary>
    public const int Window = 6;

    /// <summary>How many tokens either side of the value count as beside it.</summary>
    public const int CloseWindow = 2;

    /// <summary>The context of a value at tokens [<paramref name="first"/>, <paramref name="end"/>) of a sentence.</summary>
    public static FactContext Of(Sentence sentence, int first, int end)
    {
        var stems = SentenceStems.Of(sentence);
        return new FactContext(
            stems.Between(0, sentence.Tokens.Length, first, end),
            stems.Between(first - Window, end + Window, first, end),
            stems.Between(first - CloseWindow, end + CloseWindow, first, end),
            stems.MonthsBut(first, end));
    }

    /// <summary>Whether both sentences name months and no month is in both: they tell of two periods ("prices in June", "prices in April").</summary>
    public bool NamesOtherMonthsThan(FactContext other) => Months != 0 && other.Months != 0 && (Months & other.Months) == 0;

    /// <summary>Dice overlap of the sentences' words, 0 to 1.</summary>
    public double Overlap(FactContext other)
    {
        var total = Words.Length + other.Words.Length;
        return total == 0 ? 0 : 2.0 * Shared(Words, other.Words) / total;
    }

    /// <summary>How many words near the value the two facts share.</summary>
    public int SharedNear(FactContext other) => Shared(Near, other.Near);

    /// <summary>Whether a word right beside the value is one the other fact has beside its own.</summary>
    public bool SharesClose(FactContext other) => Shared(Close, other.Close) > 0;

    /// <summary>How well two facts line up: the sentences' overlap, and a little more for each word they share near the value.</summary>
    public double Similarity(FactContext other) => Overlap(other) + NearWeight * Math.Min(SharedNear(other), 3);

    private const double NearWeight = 0.1;

    /// <summary>A lower-case stem of a content word ("Democrats" is "democrat", "passed" is "pass"); null for a stop word, a mark or a number.</summary>
    internal static string? Stem(ReadOnlySpan<char> token) => WordStems.Of(token);

    private static int Shared(string[] a, string[] b)
    {
        var (i, j, shared) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                (shared, i, j) = (shared + 1, i + 1, j + 1);
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return shared;
    }
}
