using System.Globalization;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary>
/// One article as the HTTP API takes it. Only source and text are required (the title defaults to the text's
/// first line); published is ISO 8601. The rules and defaults are <see cref="ArticleRules"/>, as for every way in.
/// </summary>
public sealed record ArticleRequest(string? Id, string? Source, string? Url, string? Title, string? Text, string? Published)
{
    /// <summary>The article ready to ingest, or its problems by field.</summary>
    public ArticleCheck Check()
    {
        var published = PublishedAt();
        var check = ArticleRules.Check(Id, Source, Title, Text, Url, published);
        if (Published is not null && published is null)
        {
            var problems = new Dictionary<string, string>(check.Problems, StringComparer.Ordinal)
            {
                ["published"] = "The published date is not an ISO 8601 date, such as 2025-07-18T14:00:00Z.",
            };
            return new ArticleCheck(null, problems);
        }
        return check;
    }

    private DateTimeOffset? PublishedAt() =>
        DateTimeOffset.TryParse(Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
