using System.Text;
using Monitor.Analysis;

namespace Monitor.Grains;

/// <summary>
/// What an article must be and what it gets by default, one rule for every way in (the HTTP API, an NDJSON
/// batch, a folder replay, <c>snapshot</c>, <c>replay --to</c>, feeds), so one folder gives one result by any path.
/// A missing title is the text's first line; a long title is shortened at a word, never replaced; a missing id
/// comes from the text, so the same text sent twice is the same article.
/// </summary>
public static class ArticleRules
{
    public const int MaxIdLength = 200;
    public const int MaxFieldLength = 2_000;
    /// <summary>The length the engine keeps a headline to (a longer one it would replace by a sentence of the text).</summary>
    public const int MaxTitleLength = 120;
    public const int MaxTextLength = 200_000;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The article with its defaults, or what is wrong with it, by field (id, source, url, title, text).</summary>
    public static ArticleCheck Check(string? id, string? source, string? title, string? text, string? url, DateTimeOffset? published)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            problems["text"] = "The text is required.";
        }
        else if (text.Length > MaxTextLength)
        {
            problems["text"] = $"The text has more than {MaxTextLength} characters.";
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            problems["source"] = "The source is required.";
        }
        else if (source.Length > MaxFieldLength)
        {
            problems["source"] = $"The source has more than {MaxFieldLength} characters.";
        }
        if (id is not null && (id.Length > MaxIdLength || id.Any(char.IsControl) || (id.Length > 0 && string.IsNullOrWhiteSpace(id))))
        {
            problems["id"] = $"An id is a text of at most {MaxIdLength} characters, not blank, with no control characters.";
        }
        if (url is not null && (url.Length > MaxFieldLength || !Uri.TryCreate(url, UriKind.Absolute, out _)))
        {
            problems["url"] = "The url is not an absolute URL.";
        }
        foreach (var (name, value) in new[] { ("id", id), ("source", source), ("url", url), ("title", title), ("text", text) })
        {
            if (value is not null && !IsWellFormed(value))
            {
                problems[name] = $"The {name} holds an unpaired surrogate: it is not Unicode text.";
            }
        }
        if (problems.Count > 0)
        {
            return new ArticleCheck(null, problems);
        }
        var article = new ArticleInput(
            string.IsNullOrEmpty(id) ? "a-" + TextNormalizer.ContentHash(text!)[..16] : id.Trim(),
            source!.Trim(),
            TitleOf(title, text!),
            text!,
            url?.Trim(),
            published);
        return new ArticleCheck(article, problems);
    }

    /// <summary>The title given, or the text's first line; over <see cref="MaxTitleLength"/>, cut at a word with an ellipsis.</summary>
    public static string TitleOf(string? title, string text)
    {
        var chosen = string.IsNullOrWhiteSpace(title)
            ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? ""
            : title.Trim();
        if (chosen.Length <= MaxTitleLength)
        {
            return chosen;
        }
        var cut = chosen.LastIndexOf(' ', MaxTitleLength - 1);
        return chosen[..(cut > MaxTitleLength / 2 ? cut : MaxTitleLength - 1)].TrimEnd() + "…";
    }

    private static bool IsWellFormed(string value)
    {
        try
        {
            StrictUtf8.GetByteCount(value);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}

/// <summary>An article ready to ingest, or the problems by field that keep it out.</summary>
public sealed record ArticleCheck(ArticleInput? Article, IReadOnlyDictionary<string, string> Problems)
{
    /// <summary>The problems as one line, as a batch's answer and the CLI show them.</summary>
    public string Reason => string.Join(" ", Problems.Values);
}
