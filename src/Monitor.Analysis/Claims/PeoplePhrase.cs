namespace Monitor.Analysis;

/// <summary>
/// A noun phrase about people: "Venezuelan nationals", "jailed American citizens", "US nationals",
/// "Venezuelans", "prisoners". <see cref="Who"/> names them for a slot ("Venezuelans", "prisoners").
/// </summary>
internal sealed record PeoplePhrase(int Start, int End, string Head, Country? Nationality)
{
    /// <summary>How many words may stand before the noun: a phrase is never longer than one more.</summary>
    public const int MaxModifiers = 3;

    public string Who => Nationality?.People ?? Head;

    public bool IsHeld => WordLists.HeldNouns.Contains(Head);

    public static PeoplePhrase? Read(ReadOnlySpan<Token> tokens, int start)
    {
        Country? nationality = null;
        var i = start;
        for (var modifiers = 0; i < tokens.Length && modifiers <= MaxModifiers; modifiers++, i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                return null;
            }
            if (token.Text.EndsWith('s') && Countries.OfDemonym(token.Text) is { } plural && !IsFollowedByNoun(tokens, i))
            {
                return new PeoplePhrase(start, i + 1, plural.People, plural);
            }
            if (WordLists.PersonNouns.TryGetValue(token.Text, out var head))
            {
                return new PeoplePhrase(start, i + 1, head, nationality);
            }
            if (token.IsCapitalised && (Countries.OfDemonym(token.Text) ?? Countries.ByNameOrAlias(token.Text)) is { } country)
            {
                nationality = country;
                continue;
            }
            // Only lower-case modifiers ("jailed", "political") may stand between a count and its noun.
            if (token.IsCapitalised || WordLists.StopWords.Contains(token.Text))
            {
                return null;
            }
        }
        return null;
    }

    private static bool IsFollowedByNoun(ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && WordLists.PersonNouns.ContainsKey(tokens[i + 1].Text);
}
