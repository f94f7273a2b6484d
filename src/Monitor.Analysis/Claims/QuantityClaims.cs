namespace Monitor.Analysis;

/// <summary>
/// Counts of people and what happened to them: "releasing 250 Venezuelan nationals" is
/// (number of Venezuelans released, 250). A count needs a people noun and a governing verb, so that
/// the slot is specific enough for two articles to disagree in it.
/// </summary>
internal static class QuantityClaims
{
    public static void Add(ClaimContext context, List<Claim> claims)
    {
        foreach (var sentence in context.Sentences)
        {
            if (sentence.IsHeading)
            {
                continue;
            }
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!QuantityReader.MayOpenCount(tokens[i]) || i > 0 && tokens[i - 1].Text is "$" or "€" or "£"
                    || QuantityReader.Find(tokens, i) is not { } count)
                {
                    continue;
                }
                var next = count.Next;
                // "several of the freed Americans" counts a part of a group, not the group.
                if (next < tokens.Length && tokens[next].Is("the") || PeoplePhrase.Read(tokens, next) is not { } people)
                {
                    i = Math.Max(i, next - 1);
                    continue;
                }
                if (VerbClasses.Governing(tokens, i, people.End) is { } verb)
                {
                    var quantity = QuantityReader.Read(tokens, count, sentence.Article);
                    claims.Add(new Claim($"number of {people.Who} {verb}", ClaimKind.Quantity, quantity.ToValue(), sentence.Text));
                }
                i = people.End - 1;
            }
        }
    }
}
