namespace Monitor.Analysis;

/// <summary>
/// Who a country holds or releases: "American citizens held in Venezuela", "Venezuelan detainees in
/// El Salvador", "Venezuela has released a group of jailed American citizens" give the nationality of
/// the prisoners held in a country, a party to an exchange that sources can contradict.
/// </summary>
internal static class HeldNationalityClaims
{
    private const int Reach = 8;

    public static void Add(ClaimContext context, List<Claim> claims)
    {
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var sentence = context.Sentences[s];
            if (sentence.IsHeading)
            {
                continue;
            }
            var tokens = sentence.Tokens;
            var capitalised = -1;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (capitalised < i)
                {
                    capitalised = NextCapitalised(tokens, i);
                }
                // A nationality is a capitalised word ("Venezuelan", "US") among a phrase's first words: a
                // phrase read where none is in reach names none, and most places of a sentence are such.
                if (capitalised - i > PeoplePhrase.MaxModifiers || PeoplePhrase.Read(tokens, i) is not { Nationality: { } nationality } people)
                {
                    continue;
                }
                var holder = HeldIn(context, s, tokens, people) ?? ReleasedBy(context, s, tokens, people.Start);
                if (holder is not null && holder.Key != nationality.Key)
                {
                    claims.Add(new Claim($"nationality of prisoners held in {holder.Name}", ClaimKind.Party,
                        new ClaimValue(nationality.Name, nationality.Key), sentence.Text));
                }
                i = people.End - 1;
            }
        }
    }

    /// <summary>The first capitalised token from <paramref name="from"/> on, or the length of the tokens if none is.</summary>
    private static int NextCapitalised(ReadOnlySpan<Token> tokens, int from)
    {
        while (from < tokens.Length && !tokens[from].IsCapitalised)
        {
            from++;
        }
        return from;
    }

    /// <summary>"... nationals held in Venezuela", "... detainees in El Salvador", "... detained by X's government in Venezuela".</summary>
    private static Country? HeldIn(ClaimContext context, int s, ReadOnlySpan<Token> tokens, PeoplePhrase people)
    {
        var i = people.End;
        var held = people.IsHeld;
        while (i < tokens.Length && (tokens[i].Is("who") || tokens[i].Is("were") || tokens[i].Is("are") || tokens[i].Is("being") || tokens[i].Is("left")))
        {
            i++;
        }
        if (i < tokens.Length && WordLists.HoldVerbs.Contains(tokens[i].Text))
        {
            held = true;
            i++;
        }
        if (!held)
        {
            return null;
        }
        for (var j = i; j < Math.Min(tokens.Length, i + Reach); j++)
        {
            if (tokens[j].Text is "," or ";" or "." || VerbClasses.Of(tokens[j].Text) == "released" && j > i)
            {
                return null;
            }
            if (tokens[j].Is("in") && j + 1 < tokens.Length && context.CountryAt(s, j + 1) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>"Venezuela has released a group of ...": the country that releases them held them.</summary>
    private static Country? ReleasedBy(ClaimContext context, int s, ReadOnlySpan<Token> tokens, int start)
    {
        for (var v = start - 1; v >= Math.Max(0, start - Reach); v--)
        {
            if (!WordLists.ReleaseVerbs.Contains(tokens[v].Text))
            {
                continue;
            }
            var subject = v - 1;
            while (subject >= 0 && (tokens[subject].Is("has") || tokens[subject].Is("have") || tokens[subject].Is("had")))
            {
                subject--;
            }
            return context.CountryEndingAt(s, subject + 1);
        }
        return null;
    }
}
