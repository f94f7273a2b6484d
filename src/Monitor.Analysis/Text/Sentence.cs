namespace Monitor.Analysis;

/// <summary>
/// A sentence of an article: its verbatim text (so a quote can be checked against the article),
/// its tokens, and whether it is a headline or heading, where capitals are not evidence of a name.
/// </summary>
public sealed record Sentence(string Text, int Start, IReadOnlyList<Token> Tokens, bool IsHeading, int Paragraph);
