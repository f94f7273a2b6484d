using System.Net;
using System.Text.RegularExpressions;

namespace Monitor.Feeds;

/// <summary>
/// Feed items carry HTML; Monitor keeps text only. Scripts and styles go with their content, block
/// elements become line breaks, entities are decoded, white space folded. Nothing of the markup survives.
/// </summary>
public static partial class HtmlText
{
    public static string ToText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        var text = Hidden().Replace(html, " ");
        text = Comments().Replace(text, " ");
        text = Blocks().Replace(text, "\n");
        // Inline tags (b, i, a, span) sit inside words and sentences: they go without a trace.
        text = Tags().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        // Decoding can reveal markup that was escaped once ("&lt;b&gt;"): it is text, so only spaces are folded.
        text = Spaces().Replace(text, " ");
        text = BlankLines().Replace(text, "\n\n");
        return string.Join('\n', text.Split('\n').Select(l => l.Trim())).Trim();
    }

    [GeneratedRegex(@"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comments();

    [GeneratedRegex(@"<\s*(br|/?p|/?div|/?li|/?h[1-6]|/?blockquote|/?tr|/?td|/?th|/?ul|/?ol|/?dt|/?dd|/?table|/?section|/?article|/?header|/?footer|hr|img)\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"<[^>]{0,4000}>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\f\v\u00a0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n\s*\n+")]
    private static partial Regex BlankLines();
}
