using System.Globalization;
using System.Text;
using Monitor.Analysis;

namespace Monitor.Host;

/// <summary>One article as the HTTP API takes it. Only source, title and text are required; published is ISO 8601.</summary>
public sealed record ArticleRequest(string? Id, string? Source, string? Url, string? Title, string? Text, string? Published)
{
    public const int MaxTextLength = 200_000;
    public const int MaxFieldLength = 2_000;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "source", Source, MaxFieldLength);
        Require(errors, "title", Title, MaxFieldLength);
        Require(errors, "text", Text, MaxTextLength);
        if (Id is { Length: > 200 } || (Id is not null && Id.Any(char.IsControl)))
        {
            errors["id"] = ["An id has at most 200 characters and no control characters."];
        }
        if (Url is not null && (Url.Length > MaxFieldLength || !Uri.TryCreate(Url, UriKind.Absolute, out _)))
        {
            errors["url"] = ["The url is not an absolute URL."];
        }
        if (Published is not null && PublishedAt() is null)
        {
            errors["published"] = ["The published date is not an ISO 8601 date, such as 2025-07-18T14:00:00Z."];
        }
        foreach (var (name, value) in new[] { ("id", Id), ("source", Source), ("url", Url), ("title", Title), ("text", Text) })
        {
            if (value is not null && !IsWellFormed(value))
            {
                errors[name] = [$"The {name} holds an unpaired surrogate: it is not Unicode text."];
            }
        }
        return errors;
    }

    public ArticleInput ToInput() => new(
        string.IsNullOrWhiteSpace(Id) ? "a-" + TextNormalizer.ContentHash(Title!, Text!)[..16] : Id.Trim(),
        Source!.Trim(),
        Title!.Trim(),
        Text!,
        Url,
        PublishedAt());

    private DateTimeOffset? PublishedAt() =>
        DateTimeOffset.TryParse(Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

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

    private static void Require(Dictionary<string, string[]> errors, string name, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[name] = [$"The {name} is required."];
        }
        else if (value.Length > max)
        {
            errors[name] = [$"The {name} has more than {max} characters."];
        }
    }
}
