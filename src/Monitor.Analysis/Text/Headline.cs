namespace Monitor.Analysis;

/// <summary>A readable headline: the given title when it reads as one, else a heading line of the text, else the opening shortened.</summary>
internal static class Headline
{
    private const int MaxLength = 120;
    private const int Paragraphs = 4;

    public static string For(string title, IReadOnlyList<Sentence> sentences)
    {
        if (title.Length is > 0 and <= MaxLength)
        {
            return title;
        }
        var heading = sentences.FirstOrDefault(s => s.IsHeading && s.Paragraph < Paragraphs && Words(s.Tokens) >= 4 && s.Length <= MaxLength);
        if (heading is not null)
        {
            return heading.Text;
        }
        var opening = sentences.FirstOrDefault()?.Text ?? title;
        if (opening.Length <= MaxLength)
        {
            return opening;
        }
        var cut = opening.LastIndexOf(' ', MaxLength);
        return opening[..(cut > 0 ? cut : MaxLength)].TrimEnd(',', ';', ':') + "…";
    }

    private static int Words(ReadOnlySpan<Token> tokens)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            words += token.IsWord ? 1 : 0;
        }
        return words;
    }
}
