namespace Monitor.Analysis;

/// <summary>
/// Whether an article is an opinion piece (a column, an editorial, a commentary) rather than a news
/// report, from what outlets everywhere mark it with: a path segment of its address ("/opinion/",
/// "/columns/", a slug word "opinion"), a label before its headline ("Opinion:", "Editorial |"), or a
/// headline that opens with an argument ("Why ...", "Don't ...", "Stop ...").
/// Readers and editors keep a subject's news and the opinion written about it apart, and so does the
/// story index (<see cref="StoryClustering.OpinionFactor"/>). The body is no evidence: feed-length
/// bodies are too short for a first-person or "should" count to tell a column from a report.
/// </summary>
internal static class Genre
{
    // The section names English-language outlets file opinion under (general newspaper usage).
    private static readonly HashSet<string> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        "opinion", "opinions", "commentary", "editorial", "editorials", "column", "columns", "columnist", "columnists", "op-ed", "op-eds", "oped",
    };

    // Labels a headline opens with when the piece is not news.
    private static readonly string[] Labels = ["opinion", "editorial", "column", "commentary", "op-ed", "perspective", "letter"];

    // Words a headline argues with when it opens with them; a report tells what happened or who said what.
    private static readonly string[] Openers = ["why ", "don't ", "don’t ", "do not ", "stop ", "let's ", "let’s ", "it's time ", "it’s time ", "in defense of ", "the case for ", "the case against "];

    public static bool IsOpinion(string? url, string title) => FromAddress(url) || FromLabel(title) || Argues(title);

    private static bool FromAddress(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }
        foreach (var segment in uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            // A whole segment ("/opinion/") or a word of a slug ("why-we-should-opinion-1613718", "opinion-why-...").
            if (Sections.Contains(segment) || segment.Split('-').Any(word => word.Equals("opinion", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the headline opens with an argument ("Why ...", "Don't ...", "Stop ..."); a quoted opening is someone's words, reported.</summary>
    private static bool Argues(string title)
    {
        var text = title.AsSpan().TrimStart();
        foreach (var opener in Openers)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool FromLabel(string title)
    {
        var text = title.AsSpan().TrimStart();
        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text.Length > label.Length + 1)
            {
                var rest = text[label.Length..].TrimStart();
                if (rest.Length > 0 && rest[0] is ':' or '|')
                {
                    return true;
                }
            }
        }
        return false;
    }
}
