using Monitor.Analysis;
using Monitor.Grains;

namespace Monitor.Cli.Bench;

/// <summary>
/// A realistic stream: many stories and sources, each article's text recombined from real articles
/// (seeds/, and ../shared/eval/basil-dev/ when it is there, read at run time and never stored).
/// A story is one base article plus an invented name; its articles are random subsets of its sentences.
/// Stories open an hour apart, so two stories told from the same base text are days apart and never
/// one story, as two events years apart that read alike are not.
/// </summary>
internal sealed class BenchCorpus(IReadOnlyList<ArticleInput> bases, int seed)
{
    private readonly Random _random = new(seed);
    private int _next;

    public int BaseCount => bases.Count;

    public static BenchCorpus Load(int seed)
    {
        var folders = new[] { "seeds", Path.Combine("..", "shared", "eval", "basil-dev") }.Where(Directory.Exists);
        var bases = folders.SelectMany(f => ArticleFolder.Read(f)).Where(a => a.Text.Length > 200).ToList();
        if (bases.Count == 0)
        {
            throw new DirectoryNotFoundException("No seeds/ folder here: run the bench from the repository root.");
        }
        return new BenchCorpus(bases, seed);
    }

    /// <summary>An article of story <paramref name="story"/> from source <paramref name="source"/>.</summary>
    public ArticleInput Article(int story, int source)
    {
        var based = bases[story % bases.Count];
        var name = Name(story);
        var sentences = based.Text.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        var take = Math.Clamp(sentences.Length * 2 / 3, 1, 12);
        var text = $"{name} was named on Tuesday in the report. " + string.Join(". ", Subset(sentences, take)) + ".";
        var id = $"bench-{Interlocked.Increment(ref _next)}-{seed}";
        return new ArticleInput(id, "Bench " + Name(10_000 + source), $"{name}: {based.Title}", text, null, DateTimeOffset.UnixEpoch.AddHours(story));
    }

    /// <summary>
    /// <paramref name="take"/> sentences drawn at random, kept in the order they were written: outlets
    /// telling one story pick different parts of it. Two draws are the same text only for short bases.
    /// </summary>
    private IEnumerable<string> Subset(string[] sentences, int take)
    {
        var picked = new bool[sentences.Length];
        for (var left = take; left > 0;)
        {
            var at = _random.Next(sentences.Length);
            if (!picked[at])
            {
                picked[at] = true;
                left--;
            }
        }
        return sentences.Where((_, i) => picked[i]);
    }

    /// <summary>A letter-only invented word, so the analyser sees a name and not a number.</summary>
    public static string Name(int n)
    {
        Span<char> letters = stackalloc char[8];
        var length = 0;
        do
        {
            letters[length++] = (char)('a' + n % 26);
            n /= 26;
        }
        while (n > 0);
        return "Zor" + new string(letters[..length]) + "ath";
    }
}
