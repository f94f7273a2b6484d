using System.Text.Json;
using Monitor.Contracts;

namespace Monitor.Host;

/// <summary>
/// The stories a change touches, read from its payload. Kinds this host does not know yet (a split,
/// say) are read the same way: any story id they name is refreshed from its grain, and a change
/// naming none is skipped, so a new kind never stops the story list.
/// </summary>
public static class StoryChangeIds
{
    private static readonly string[] Names = ["id", "storyId", "into", "from"];
    private static readonly string[] Lists = ["stories", "storyIds", "into", "parts"];

    public static IReadOnlyList<string> Of(Change change)
    {
        var story = change.Kind.StartsWith("story.", StringComparison.Ordinal);
        if (!story && !change.Kind.StartsWith("divergence.", StringComparison.Ordinal) && !change.Kind.StartsWith("consensus.", StringComparison.Ordinal))
        {
            return [];
        }
        try
        {
            using var json = JsonDocument.Parse(change.Payload);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }
            var ids = new List<string>();
            foreach (var property in json.RootElement.EnumerateObject())
            {
                // A divergence's or consensus' own id is not a story's: only its storyId is.
                if (property.Value.ValueKind == JsonValueKind.String && (story ? Names.Contains(property.Name) : property.Name == "storyId"))
                {
                    ids.Add(property.Value.GetString()!);
                }
                else if (story && property.Value.ValueKind == JsonValueKind.Array && Lists.Contains(property.Name))
                {
                    ids.AddRange(property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
                }
            }
            return ids;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
