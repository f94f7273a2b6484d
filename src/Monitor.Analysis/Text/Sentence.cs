namespace Monitor.Analysis;

/// <summary>
/// A sentence of an article: where it stands in the article text, its tokens, and whether it is a
/// headline or heading, where capitals are not evidence of a name. Its verbatim text (so a quote can be
/// checked against the article) is cut from the article only when asked for: most sentences are never quoted.
/// </summary>
public sealed class Sentence(string article, int start, int length, ArraySegment<Token> tokens, bool isHeading, int paragraph)
{
    private string? _text;

    /// <summary>The article's plain text, which <see cref="Start"/> and the tokens' offsets index.</summary>
    public string Article { get; } = article;

    public int Start { get; } = start;

    public int Length { get; } = length;

    public string Text => _text ??= Article.Substring(Start, Length);

    private readonly ArraySegment<Token> _tokens = tokens;

    public ReadOnlySpan<Token> Tokens => _tokens;

    public bool IsHeading { get; } = isHeading;

    public int Paragraph { get; } = paragraph;

    /// <summary>The stems of the tokens, kept for the facts of the sentence; null until one asks.</summary>
    internal SentenceStems? Stems { get; set; }

    public override string ToString() => Text;
}
