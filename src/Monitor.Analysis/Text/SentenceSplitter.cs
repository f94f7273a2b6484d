using System.Buffers;

namespace Monitor.Analysis;

/// <summary>
/// Splits plain text into sentences: a line is a paragraph, and a paragraph breaks after ., ! or ?
/// (and a closing quote) before a capital, unless the word before is an abbreviation or an initial.
/// Headings are lines without end punctuation whose words are mostly capitalised.
/// </summary>
public static class SentenceSplitter
{
    private static readonly WordSet Abbreviations = WordLists.Set("""
        mr mrs ms dr st sen rep gov gen lt col adm sgt capt jr sr rev prof maj inc corp co ltd no vs etc jan feb mar apr
        jun jul aug sep sept oct nov dec ft mt p a.m p.m u.s u.k u.n d.c
        """);

    private const int MaxLabel = 80;

    private static readonly SearchValues<char> EndMarks = SearchValues.Create(".!?");

    /// <summary>About how many characters a sentence of news has, to size the list of an article's sentences once.</summary>
    private const int TypicalSentenceLength = 120;

    public static List<Sentence> Split(string text) => Split(text, new TokenStore());

    /// <summary>The sentences of <paramref name="text"/>, their tokens kept in <paramref name="tokens"/>.</summary>
    internal static List<Sentence> Split(string text, TokenStore tokens)
    {
        var sentences = new SentenceSink(new List<Sentence>(text.Length / TypicalSentenceLength + 1), tokens);
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            if (SplitLine(text, lineStart, lineEnd, paragraph, sentences))
            {
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences.Sentences;
    }

    private static bool SplitLine(string text, int start, int end, int paragraph, SentenceSink sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end <= start)
        {
            return false;
        }
        start = SplitBulletLabel(text, start, end, paragraph, sentences);
        var heading = HeadingShape.IsHeading(text, start, end);
        var from = start;
        for (var i = start; i < end && !heading; i++)
        {
            // Most characters are no end mark: skip to the next one.
            var mark = text.AsSpan(i, end - i).IndexOfAny(EndMarks);
            if (mark < 0)
            {
                break;
            }
            i += mark;
            if (!BreaksAfter(text, i, end, out var next) || IsAbbreviation(text, from, i))
            {
                continue;
            }
            sentences.Add(text, from, next, heading, paragraph);
            from = next;
            while (from < end && char.IsWhiteSpace(text[from]))
            {
                from++;
            }
            i = from - 1;
        }
        sentences.Add(text, from, end, heading, paragraph);
        return true;
    }

    /// <summary>"- Focus on Human Rights: The U.S. is ...": the label before the colon is a heading of its own.</summary>
    private static int SplitBulletLabel(string text, int start, int end, int paragraph, SentenceSink sentences)
    {
        if (text[start] is not ('-' or '•' or '*' or '–'))
        {
            return start;
        }
        var colon = text.IndexOf(':', start, Math.Min(MaxLabel, end - start));
        if (colon < 0 || text.IndexOf('.', start, colon - start) >= 0)
        {
            return start;
        }
        sentences.Add(text, start, colon + 1, true, paragraph);
        var next = colon + 1;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return next;
    }

    /// <summary>A break needs white space after the mark (and any closing quotes), then a capital, digit or quote.</summary>
    private static bool BreaksAfter(string text, int mark, int end, out int next)
    {
        next = mark + 1;
        while (next < end && text[next] is '"' or '”' or '’' or '\'' or ')')
        {
            next++;
        }
        if (next >= end || !char.IsWhiteSpace(text[next]))
        {
            return false;
        }
        var after = next;
        while (after < end && char.IsWhiteSpace(text[after]))
        {
            after++;
        }
        return after < end && (char.IsUpper(text[after]) || char.IsDigit(text[after]) || text[after] is '"' or '“' or '‘' or '(' or '—');
    }

    private static bool IsAbbreviation(string text, int from, int mark)
    {
        var begin = mark;
        while (begin > from && !char.IsWhiteSpace(text[begin - 1]) && text[begin - 1] is not ('(' or '"' or '“'))
        {
            begin--;
        }
        var word = text.AsSpan(begin, mark - begin);
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }

    /// <summary>Where the sentences go: the list, and the store their tokens go to.</summary>
    private readonly record struct SentenceSink(List<Sentence> Sentences, TokenStore Tokens)
    {
        public void Add(string text, int from, int to, bool heading, int paragraph)
        {
            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }
            if (to > from)
            {
                Sentences.Add(new Sentence(text, from, to - from, Tokenizer.Tokenize(text, from, to - from, Tokens), heading, paragraph));
            }
        }
    }
}
