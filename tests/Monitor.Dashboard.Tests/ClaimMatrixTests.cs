using Monitor.Contracts;
using static Monitor.Dashboard.Tests.ClaimedStory;

namespace Monitor.Dashboard.Tests;

/// <summary>The story's claim matrix: each source's value per slot, and how it stands with the consensus.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ClaimMatrixTests(MonitorHostFixture host)
{
    [Fact]
    public async Task Sources_with_the_consensus_agree_and_the_outvoted_side_disagrees()
    {
        var story = new ClaimedStory(host.Grains);
        await story.AddAsync("alpha", 1, Count("released", "250", 250, 250, "250 were freed."), Said("administration", "Trump", "The Trump administration."));
        await story.AddAsync("beta", 2, Count("released", "roughly 250", 240, 260, "Roughly 250 were freed."), Said("administration", "Trump", "Trump's team."));
        await story.AddAsync("gamma", 3, Count("released", "several", 3, 9, "Several were freed."), Said("prison", "CECOT", "Held in CECOT."));

        var matrix = (await story.Grain.Detail()).Matrix;

        matrix.Should().BeEquivalentTo(new[]
        {
            new ClaimCell("alpha", "administration", "Trump", "agrees"),
            new ClaimCell("beta", "administration", "Trump", "agrees"),
            new ClaimCell("gamma", "prison", "CECOT", "none"),
            new ClaimCell("alpha", "released", "250", "agrees"),
            new ClaimCell("beta", "released", "roughly 250", "agrees"),
            new ClaimCell("gamma", "released", "several", "disagrees"),
        });
    }

    [Fact]
    public async Task A_tie_leaves_every_side_disagreeing()
    {
        var story = new ClaimedStory(host.Grains);
        await story.AddAsync("alpha", 1, Said("administration", "Trump", "The Trump administration."));
        await story.AddAsync("beta", 2, Said("administration", "Biden", "The Biden administration."));

        var matrix = (await story.Grain.Detail()).Matrix;

        matrix.Should().OnlyContain(c => c.Agreement == "disagrees").And.HaveCount(2);
    }

    [Fact]
    public async Task A_source_is_shown_with_its_latest_article_whatever_the_arrival_order()
    {
        var story = new ClaimedStory(host.Grains);
        await story.AddAsync("alpha", 9, Count("released", "250", 250, 250, "Now 250."));
        await story.AddAsync("alpha", 2, Count("released", "dozens", 24, 99, "Dozens, at first."));

        var matrix = (await story.Grain.Detail()).Matrix;

        matrix.Should().ContainSingle().Which.Value.Should().Be("250");
    }
}
