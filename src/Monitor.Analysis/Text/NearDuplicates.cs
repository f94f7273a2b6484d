namespace Monitor.Analysis;

/// <summary>
/// A key shared by near-duplicate texts (syndicated copies): the smallest hash over the article's
/// five-word shingles, so two texts get the same key with the probability that their shingle sets overlap.
/// </summary>
internal static class NearDuplicates
{
    private const int Shingle = 5;

    public static string Key(IReadOnlyList<Sentence> sentences)
    {
        var words = sentences.Where(s => !s.IsHeading).SelectMany(s => s.Tokens).Where(t => t.IsWord || t.IsNumber).Select(t => t.Text.ToLowerInvariant()).ToList();
        var best = ulong.MaxValue;
        for (var i = 0; i + Shingle <= words.Count; i++)
        {
            var hash = Fnv(words, i);
            best = Math.Min(best, hash);
        }
        return words.Count < Shingle ? "nd-" + string.Join('-', words) : "nd-" + best.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>FNV-1a over the shingle's characters: stable across processes, unlike string.GetHashCode.</summary>
    private static ulong Fnv(List<string> words, int start)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + Shingle; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ ' ') * 1099511628211UL;
        }
        return hash;
    }
}
