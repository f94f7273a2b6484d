using System.Text;

namespace Monitor.Analysis;

/// <summary>
/// Keys that outlets' spellings of one name share: <see cref="TextKey"/> (case, accents, punctuation and
/// hyphens aside), then doubled letters as one ("Parris"/"Paris"), "ei" as "ie" ("Heidi"/"Hiedi"),
/// "Ft."/"Fort" and "5th"/"Fifth" as one word, a plural "s" of a long word dropped ("Elections"/"Election")
/// and a leading "The" dropped.
/// </summary>
internal static class NameKey
{
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByWord = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ft"] = "fort", ["mt"] = "mount", ["1st"] = "first", ["2nd"] = "second", ["3rd"] = "third", ["4th"] = "fourth",
        ["5th"] = "fifth", ["6th"] = "sixth", ["7th"] = "seventh", ["8th"] = "eighth", ["9th"] = "ninth", ["10th"] = "tenth",
        ["11th"] = "eleventh", ["12th"] = "twelfth", ["13th"] = "thirteenth", ["14th"] = "fourteenth", ["15th"] = "fifteenth",
        ["16th"] = "sixteenth", ["17th"] = "seventeenth", ["18th"] = "eighteenth", ["19th"] = "nineteenth", ["20th"] = "twentieth",
        ["21st"] = "twenty-first", ["22nd"] = "twenty-second", ["25th"] = "twenty-fifth", ["26th"] = "twenty-sixth", ["27th"] = "twenty-seventh",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly NameMemo<string> PlaceKeys = new(name => Make(PlacePrefix, name));
    private static readonly NameMemo<string> EntityKeys = new(name => Make(EntityPrefix, name));

    public const string PlacePrefix = "place:";
    public const string EntityPrefix = "entity:";

    /// <summary>The key of an organisation, law, event or place name, after <paramref name="prefix"/>.</summary>
    public static string Of(string prefix, string name) => prefix switch
    {
        PlacePrefix => PlaceKeys[name],
        EntityPrefix => EntityKeys[name],
        _ => Make(prefix, name),
    };

    private static string Make(string prefix, string name)
    {
        var rest = TextKey.Of(name).AsSpan();
        if (rest.StartsWith("the-") && rest.Length > 4)
        {
            rest = rest[4..];
        }
        var key = new StringBuilder(prefix, prefix.Length + rest.Length + 8);
        while (rest.Length > 0)
        {
            var dash = rest.IndexOf('-');
            var word = dash < 0 ? rest : rest[..dash];
            rest = dash < 0 ? [] : rest[(dash + 1)..];
            if (ByWord.TryGetValue(word, out var spelled))
            {
                word = spelled;
            }
            else if (word.Length > 4 && word[^1] == 's' && word[^2] != 's')
            {
                word = word[..^1];
            }
            AppendSpelling(key, word);
            if (rest.Length > 0)
            {
                key.Append('-');
            }
        }
        return key.ToString();
    }

    private static void AppendSpelling(StringBuilder key, ReadOnlySpan<char> word)
    {
        var start = key.Length;
        foreach (var c in word)
        {
            var last = key.Length > start ? key[^1] : '\0';
            if (c == last)
            {
                continue;
            }
            if (c == 'i' && last == 'e')
            {
                key[^1] = 'i';
                key.Append('e');
                continue;
            }
            key.Append(c);
        }
    }

    /// <summary>One word with doubled letters single and "ei" as "ie".</summary>
    public static string Spelling(string word)
    {
        var spelled = new StringBuilder(word.Length);
        AppendSpelling(spelled, word);
        return spelled.ToString();
    }
}
