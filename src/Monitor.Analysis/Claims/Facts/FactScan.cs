namespace Monitor.Analysis;

/// <summary>
/// Runs one fact rule over every token of an article's body sentences (a headline gives no sentence to align
/// by). The rule adds what it reads at a token and returns the token after it, or the same token for nothing.
/// </summary>
internal static class FactScan
{
    /// <summary>A rule, given the article's context so that it needs capture nothing (and costs no closure an article).</summary>
    public delegate int Rule(ClaimContext context, Sentence sentence, int token, List<Claim> claims);

    public static void Run(ClaimContext context, List<Claim> claims, Rule rule)
    {
        foreach (var sentence in context.Sentences)
        {
            if (sentence.IsHeading)
            {
                continue;
            }
            for (var i = 0; i < sentence.Tokens.Length;)
            {
                i = Math.Max(i + 1, rule(context, sentence, i, claims));
            }
        }
    }
}
