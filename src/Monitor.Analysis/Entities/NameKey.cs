namespace Monitor.Analysis;

/// <summary>
/// Keys that outlets' spellings of one name share: <see cref="TextKey"/> (case, accents, punctuation and
/// hyphens aside), then doubled letters as one ("Parris"/"Paris"), the vowels of a run in one order
/// ("Priebus"/"Preibus"), "Ft."/"Fort" and "5th"/"Fifth" as one word, a plural "s" of a long word dropped
/// ("Elections"/"Election") and a leading "The" dropped.
/// </summary>
internal static class NameKey
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["ft"] = "fort", ["mt"] = "mount", ["1st"] = "first", ["2nd"] = "second", ["3rd"] = "third", ["4th"] = "fourth",
        ["5th"] = "fifth", ["6th"] = "sixth", ["7th"] = "seventh", ["8th"] = "eighth", ["9th"] = "ninth", ["10th"] = "tenth",
        ["11th"] = "eleventh", ["12th"] = "twelfth", ["13th"] = "thirteenth", ["14th"] = "fourteenth", ["15th"] = "fifteenth",
        ["16th"] = "sixteenth", ["17th"] = "seventeenth", ["18th"] = "eighteenth", ["19th"] = "nineteenth", ["20th"] = "twentieth",
        ["21st"] = "twenty-first", ["22nd"] = "twenty-second", ["25th"] = "twenty-fifth", ["26th"] = "twenty-sixth", ["27th"] = "twenty-seventh",
    };

    /// <summary>The key of an organisation, law, event or place name, after <paramref name="prefix"/>.</summary>
    public static string Of(string prefix, string name)
    {
        var words = TextKey.Of(name).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && words[0] == "the" ? 1 : 0;
        var folded = new List<string>(words.Length);
        for (var i = start; i < words.Length; i++)
        {
            var word = Words.GetValueOrDefault(words[i], words[i]);
            if (word.Length > 4 && word[^1] == 's' && word[^2] != 's')
            {
                word = word[..^1];
            }
            folded.Add(Spelling(word));
        }
        return prefix + string.Join('-', folded);
    }

    /// <summary>One word with doubled letters single and the vowels of each run in alphabetical order.</summary>
    public static string Spelling(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word)
        {
            if (chars.Count == 0 || chars[^1] != c)
            {
                chars.Add(c);
            }
        }
        for (var i = 0; i < chars.Count;)
        {
            var end = i;
            while (end < chars.Count && IsVowel(chars[end]))
            {
                end++;
            }
            if (end - i > 1)
            {
                chars.Sort(i, end - i, Comparer<char>.Default);
            }
            i = Math.Max(end, i + 1);
        }
        return new string([.. chars]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
