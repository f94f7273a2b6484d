namespace Monitor.Analysis;

/// <summary>Verbs and nouns of what happens to people, folded to one past participle per class.</summary>
internal static class VerbClasses
{
    private static readonly WordMap ByWord = WordTable.Parse("""
        released:released,releasing,release,releases,freed,freeing,free,frees,repatriated,repatriating,repatriation,returned,returning,return,swap,swapped,exchange,exchanged,liberated
        deported:deported,deporting,deport,deportation,deportations,expelled,expelling,removed
        killed:killed,killing,kill,kills,died,dead,deaths,dying,slain,murdered
        injured:injured,injuring,wounded,hurt,injuries
        arrested:arrested,arresting,arrest,arrests,detained,detaining,jailed,imprisoned,captured,held,detention
        evacuated:evacuated,evacuating,evacuation
        displaced:displaced,fled,flee,fleeing
        rescued:rescued,rescuing,rescue
        charged:charged,indicted,charging
        convicted:convicted,sentenced
        missing:missing
        hired:hired,hiring
        fired:fired,laid,layoffs
        """);

    private static readonly WordSet Auxiliaries = WordLists.Set("was were been being be is are had have has got");

    public static string? Of(ReadOnlySpan<char> word) => ByWord.GetValueOrDefault(word);

    /// <summary>
    /// The class of the verb that governs a noun phrase: the nearest one before it in the clause, else
    /// one after it, preferring a finite verb ("were released") to a participle ("held in").
    /// </summary>
    public static string? Governing(ReadOnlySpan<Token> tokens, int npStart, int npEnd)
    {
        for (var i = npStart - 1; i >= Math.Max(0, npStart - 12); i--)
        {
            if (tokens[i].Text is ";" or ":" or "—")
            {
                break;
            }
            if (Of(tokens[i].Text) is { } verb && !(i > 0 && tokens[i - 1].Is("in") && tokens[i].Text is "return" or "exchange"))
            {
                return verb;
            }
        }
        string? participle = null;
        for (var i = npEnd; i < Math.Min(tokens.Length, npEnd + 8); i++)
        {
            if (tokens[i].Text is ";" or ":" or "—" or ".")
            {
                break;
            }
            if (Of(tokens[i].Text) is { } verb)
            {
                if (i > 0 && Auxiliaries.Contains(tokens[i - 1].Text))
                {
                    return verb;
                }
                participle ??= i == npEnd ? verb : null;
            }
        }
        return participle;
    }
}
