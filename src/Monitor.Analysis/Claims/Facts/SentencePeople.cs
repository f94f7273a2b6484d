namespace Monitor.Analysis;

/// <summary>The people a sentence names, read from the article's names without copying them.</summary>
internal readonly struct SentencePeople(ClaimContext context, Sentence sentence)
{
    private readonly int _sentence = IndexOf(context.Sentences, sentence);

    public IReadOnlyList<LocatedName> Names { get; } = context.Entities.Names;

    public bool Holds(LocatedName name) => name.Kind == EntityKind.Person && name.Span.Sentence == _sentence;

    /// <summary>Whether a person's name ends at token <paramref name="end"/>.</summary>
    public bool Any(int end) => Ending(end) is not null;

    /// <summary>The person named at <paramref name="at"/>, after a title at most ("said Sen. Ann Holt").</summary>
    public LocatedName? Starting(ReadOnlySpan<Token> tokens, int at)
    {
        for (var n = 0; n < Names.Count; n++)
        {
            var person = Names[n];
            if (Holds(person) && at >= 0 && person.Span.First >= at && person.Span.First <= at + 2 && Capitalised(tokens, at, person.Span.First))
            {
                return person;
            }
        }
        return null;
    }

    /// <summary>The person whose name ends at token <paramref name="end"/>.</summary>
    public LocatedName? Ending(int end)
    {
        for (var n = 0; n < Names.Count; n++)
        {
            if (Holds(Names[n]) && Names[n].Span.End == end)
            {
                return Names[n];
            }
        }
        return null;
    }

    private static bool Capitalised(ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (!tokens[k].IsCapitalised && !tokens[k].Is("."))
            {
                return false;
            }
        }
        return true;
    }

    private static int IndexOf(IReadOnlyList<Sentence> sentences, Sentence sentence)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (ReferenceEquals(sentences[i], sentence))
            {
                return i;
            }
        }
        return -1;
    }
}
