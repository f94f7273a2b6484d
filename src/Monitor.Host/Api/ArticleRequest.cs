using Monitor.Analysis;

namespace Monitor.Host;

/// <summary>One article as the HTTP API takes it. Only source, title and text are required.</summary>
public sealed record ArticleRequest(string? Id, string? Source, string? Url, string? Title, string? Text, DateTimeOffset? Published)
{
    public const int MaxTextLength = 200_000;
    public const int MaxFieldLength = 2_000;

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
        if (Url is not null && !Uri.TryCreate(Url, UriKind.Absolute, out _))
        {
            errors["url"] = ["The url is not an absolute URL."];
        }
        return errors;
    }

    public ArticleInput ToInput() => new(
        string.IsNullOrWhiteSpace(Id) ? "a-" + TextNormalizer.ContentHash(Title + "\n" + Text)[..16] : Id.Trim(),
        Source!.Trim(),
        Title!.Trim(),
        Text!,
        Url,
        Published);

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
