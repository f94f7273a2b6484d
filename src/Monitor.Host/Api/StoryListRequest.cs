using System.Globalization;
using Microsoft.Extensions.Primitives;
using Monitor.Catalog;

namespace Monitor.Host;

/// <summary>
/// Reads <c>GET /api/stories</c>'s query string into a <see cref="StoryQuery"/>: every parameter at most
/// once, an empty one as absent, and each bad one named with what it takes.
/// </summary>
public static class StoryListRequest
{
    private const int MaxIdLength = 300;
    private const int MaxPage = 1_000_000;
    // By name only: Enum.TryParse would take "1" too.
    private static readonly Dictionary<string, StorySort> Sorts =
        Enum.GetValues<StorySort>().ToDictionary(s => s.ToString(), StringComparer.OrdinalIgnoreCase);
    private static readonly string[] Known = ["q", "source", "entity", "from", "to", "sort", "page", "pageSize"];

    public static StoryQuery Read(IQueryCollection query, Dictionary<string, string[]> errors)
    {
        foreach (var (key, values) in query)
        {
            if (!Known.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                errors[key] = [$"Unknown parameter: use {string.Join(", ", Known)}."];
            }
            else if (values.Count > 1)
            {
                errors[key] = ["Give it once."];
            }
        }
        var words = Text(query, "q", StoryQuery.MaxWordsLength, errors);
        var source = Text(query, "source", MaxIdLength, errors);
        var entity = Text(query, "entity", MaxIdLength, errors);
        var from = Day(query, "from", errors);
        var to = Day(query, "to", errors);
        if (from > to)
        {
            errors["to"] = ["The range ends before it starts: to must not be before from."];
        }
        var sort = StorySort.Latest;
        if (Value(query, "sort") is { } name && !Sorts.TryGetValue(name, out sort))
        {
            errors["sort"] = ["Sort by latest, divergences, sources or articles."];
        }
        var page = Number(query, "page", 1, MaxPage, 1, errors);
        var pageSize = Number(query, "pageSize", 1, StoryQuery.MaxPageSize, 50, errors);
        return new StoryQuery(words, source, entity, from, to, sort, page, pageSize);
    }

    private static string? Value(IQueryCollection query, string key) =>
        query.TryGetValue(key, out StringValues values) && values.Count == 1 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

    private static string? Text(IQueryCollection query, string key, int max, Dictionary<string, string[]> errors)
    {
        var value = Value(query, key);
        if (value?.Length > max)
        {
            errors[key] = [$"At most {max} characters."];
        }
        return value;
    }

    private static DateOnly? Day(IQueryCollection query, string key, Dictionary<string, string[]> errors)
    {
        if (Value(query, key) is not { } value)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        errors[key] = ["A day as yyyy-MM-dd (UTC)."];
        return null;
    }

    private static int Number(IQueryCollection query, string key, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (Value(query, key) is not { } value)
        {
            return fallback;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        errors[key] = [$"A whole number from {min} to {max}."];
        return fallback;
    }
}
