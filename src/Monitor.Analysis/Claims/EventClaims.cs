namespace Monitor.Analysis;

/// <summary>
/// What kind of event the article reports ("prisoner exchange", "agreement"): an event noun used at
/// least twice. Synonyms fold to one slot, so "swap" and "exchange" agree.
/// </summary>
internal static class EventClaims
{
    private static readonly WordMap Classes = WordTable.Parse("""
        exchange:exchange,exchanges,swap,swaps
        agreement:agreement,deal,accord,pact,treaty,memorandum
        election:election,elections,primary,runoff,referendum
        shooting:shooting,shootings,gunman,massacre
        attack:attack,attacks,bombing,explosion,airstrike,airstrikes
        protest:protest,protests,demonstration,demonstrations,rally,rallies
        trial:trial,verdict,hearing
        investigation:investigation,probe,inquiry
        lawsuit:lawsuit,lawsuits
        resignation:resignation,resigned,resign
        speech:speech,address,remarks
        debate:debate,debates
        legislation:bill,legislation,law
        nomination:nomination,nominee
        scandal:scandal
        sanctions:sanctions
        deportation:deportation,deportations,deportees
        """);

    private const int MinUses = 2;

    /// <summary>The event class of a word ("swap" is an "exchange"), or null.</summary>
    public static string? ClassOf(ReadOnlySpan<char> word) => Classes.TryGetValue(word, out var kind) ? kind : null;

    /// <summary>"prisoner exchange": the word with an "s" is a people noun.</summary>
    private static bool IsPersonNounSingular(ReadOnlySpan<char> word)
    {
        Span<char> plural = word.Length < TokenRun.StackLength ? stackalloc char[TokenRun.StackLength] : new char[word.Length + 1];
        word.CopyTo(plural);
        plural[word.Length] = 's';
        return WordLists.PersonNouns.ContainsKey(plural[..(word.Length + 1)]);
    }

    public static void Add(ClaimContext context, List<Claim> claims)
    {
        Dictionary<string, (int Count, string Text, Sentence Quote)>? uses = null;
        foreach (var sentence in context.Sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!Classes.TryGetValue(tokens[i].Text, out var kind) || i > 0 && (tokens[i].IsCapitalised || tokens[i - 1].Is("in")))
                {
                    continue;
                }
                var modifier = i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalised && IsPersonNounSingular(tokens[i - 1].Text)
                    ? tokens[i - 1].ToString().ToLowerInvariant() + " "
                    : "";
                var text = modifier + kind;
                uses ??= new(StringComparer.Ordinal);
                uses[kind] = uses.TryGetValue(kind, out var seen)
                    ? (seen.Count + 1, seen.Text.Contains(' ') ? seen.Text : text, seen.Text.Contains(' ') ? seen.Quote : sentence)
                    : (1, text, sentence);
            }
        }
        if (uses is null)
        {
            return;
        }
        foreach (var (kind, use) in uses.Where(u => u.Value.Count >= MinUses).OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            claims.Add(new Claim($"event: {kind}", ClaimKind.Other, new ClaimValue(use.Text, kind), use.Quote.Text));
        }
    }
}
