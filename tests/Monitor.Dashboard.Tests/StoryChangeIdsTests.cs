using Monitor.Contracts;
using Monitor.Host;

namespace Monitor.Dashboard.Tests;

/// <summary>Which stories a change makes the story list read again, including kinds this host does not know yet.</summary>
public sealed class StoryChangeIdsTests
{
    [Theory]
    [InlineData("story.opened", """{"id":"s-1","title":"T","articles":1,"sources":1,"divergences":0}""", "s-1")]
    [InlineData("story.merged", """{"storyId":"s-1","into":"s-2","title":"T"}""", "s-1 s-2")]
    [InlineData("divergence.detected", """{"storyId":"s-3","storyTitle":"T","slot":"x","divergence":{"id":"d-1"}}""", "s-3")]
    [InlineData("story.split", """{"storyId":"s-4","parts":["s-5","s-6"]}""", "s-4 s-5 s-6")]
    [InlineData("entity.updated", """{"id":"person:x","name":"X"}""", "")]
    [InlineData("divergence.detected", """{"entityId":"person:x","slot":"name"}""", "")]
    [InlineData("story.updated", "not json", "")]
    [InlineData("story.updated", "[1,2]", "")]
    public void A_change_names_the_stories_it_touches(string kind, string payload, string expected)
    {
        var change = new Change(Topics.All, 1, kind, DateTimeOffset.UnixEpoch, payload);

        StoryChangeIds.Of(change).Should().Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
