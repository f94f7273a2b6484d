using System.Text.Json.Nodes;

namespace Monitor.Cluster.Tests;

/// <summary>GET /api/snapshot, with story ids (which depend on which article came first) renamed to each story's smallest article id.</summary>
internal static class SnapshotJson
{
    public static async Task<JsonObject> ReadAsync(HttpClient http, MonitorHost host) =>
        JsonNode.Parse(await http.GetStringAsync(new Uri(host.Address, "/api/snapshot")))!.AsObject();

    public static IReadOnlyList<string> ArticleIds(JsonObject snapshot) =>
        [.. snapshot["stories"]!.AsArray().SelectMany(s => s!["articles"]!.AsArray().Select(a => a!.GetValue<string>()))];

    public static string Normalized(JsonObject snapshot)
    {
        var stories = snapshot["stories"]!.AsArray().Select(s => s!.DeepClone().AsObject()).ToList();
        var names = stories.ToDictionary(
            s => s["id"]!.GetValue<string>(),
            s => s["articles"]!.AsArray().Select(a => a!.GetValue<string>()).Min(StringComparer.Ordinal)!);
        foreach (var story in stories)
        {
            story["id"] = names[story["id"]!.GetValue<string>()];
        }
        var entities = snapshot["entities"]!.AsArray().Select(e => e!.DeepClone().AsObject()).ToList();
        foreach (var entity in entities)
        {
            var renamed = entity["stories"]!.AsArray().Select(id => names[id!.GetValue<string>()]).Order(StringComparer.Ordinal);
            entity["stories"] = new JsonArray([.. renamed.Select(id => (JsonNode)id)]);
        }
        return new JsonObject
        {
            ["stories"] = new JsonArray([.. stories.OrderBy(s => s["id"]!.GetValue<string>(), StringComparer.Ordinal)]),
            ["entities"] = new JsonArray([.. entities.OrderBy(e => e["id"]!.GetValue<string>(), StringComparer.Ordinal)]),
            ["sources"] = snapshot["sources"]!.DeepClone(),
        }.ToJsonString();
    }
}
