using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>Builds the snapshot document of SNAPSHOT.md from the grains themselves.</summary>
public sealed class SnapshotReader(IGrainFactory grains)
{
    public async Task<Snapshot> ReadAsync()
    {
        var storyIds = await grains.GetGrain<IStoryIndexGrain>(IStoryIndexGrain.Default).StoryIds();
        var details = await Task.WhenAll(storyIds.Select(id => grains.GetGrain<IStoryGrain>(id).Detail()));
        var entityIds = details.SelectMany(d => d.Entities).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var sourceIds = details.SelectMany(d => d.Story.Sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var entities = await Task.WhenAll(entityIds.Select(id => grains.GetGrain<IEntityGrain>(id).View()));
        var sources = await Task.WhenAll(sourceIds.Select(id => grains.GetGrain<ISourceGrain>(id).View()));
        var stories = details
            .Select(d => d.Story)
            .OrderBy(s => s.Articles.Min(StringComparer.Ordinal), StringComparer.Ordinal)
            .ToList();
        return new Snapshot(stories, entities, sources);
    }
}
