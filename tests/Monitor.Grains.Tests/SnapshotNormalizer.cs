using System.Text.Json;
using Monitor.Analysis;

namespace Monitor.Grains.Tests;

internal static class SnapshotNormalizer
{
    /// <summary>Story ids depend on which article came first; name each story by its smallest article id instead.</summary>
    public static string Normalized(Snapshot snapshot)
    {
        var names = snapshot.Stories.ToDictionary(s => s.Id, s => s.Articles.Min(StringComparer.Ordinal)!);
        var stories = snapshot.Stories
            .Select(s => s with { Id = names[s.Id] })
            .OrderBy(s => s.Id, StringComparer.Ordinal);
        var entities = snapshot.Entities
            .Select(e => e with { Stories = [.. e.Stories.Select(id => names[id]).Order(StringComparer.Ordinal)] });
        return JsonSerializer.Serialize(new { stories, entities, snapshot.Sources }, MonitorJson.Options);
    }
}
