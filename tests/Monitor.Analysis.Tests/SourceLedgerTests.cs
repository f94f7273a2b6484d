namespace Monitor.Analysis.Tests;

public sealed class SourceLedgerTests
{
    [Fact]
    public void A_stale_stance_arriving_late_does_not_replace_a_newer_one()
    {
        var ledger = new SourceLedger("Herald");

        ledger.SetStance("s1", new SourceStance("Herald", 3, 4, StoryVersion: 7)).Should().BeTrue();
        ledger.SetStance("s1", new SourceStance("Herald", 1, 4, StoryVersion: 5)).Should().BeFalse();

        ledger.Agreement().Should().Be(0.75);
    }

    [Fact]
    public void Agreement_sums_the_stances_of_every_story()
    {
        var ledger = new SourceLedger("Herald");

        ledger.SetStance("s1", new SourceStance("Herald", 1, 2, StoryVersion: 1));
        ledger.SetStance("s2", new SourceStance("Herald", 2, 2, StoryVersion: 1));

        ledger.Agreement().Should().Be(0.75);
    }

    [Fact]
    public void A_merged_story_stops_counting_even_when_its_stance_arrives_late()
    {
        var ledger = new SourceLedger("Herald");
        ledger.SetStance("s1", new SourceStance("Herald", 0, 2, StoryVersion: 1));
        ledger.SetStance("s2", new SourceStance("Herald", 2, 2, StoryVersion: 1));

        ledger.RetireStory("s1").Should().BeTrue();
        ledger.SetStance("s1", new SourceStance("Herald", 0, 3, StoryVersion: 2)).Should().BeFalse();

        ledger.Agreement().Should().Be(1);
    }

    [Fact]
    public void A_newer_stance_replaces_the_story_s_share_of_the_agreement()
    {
        var ledger = new SourceLedger("Herald");
        ledger.SetStance("s1", new SourceStance("Herald", 0, 2, StoryVersion: 1));
        ledger.SetStance("s2", new SourceStance("Herald", 1, 2, StoryVersion: 1));

        ledger.SetStance("s1", new SourceStance("Herald", 3, 4, StoryVersion: 2)).Should().BeTrue();
        ledger.RetireStory("s2").Should().BeTrue();
        ledger.SetStance("s3", new SourceStance("Herald", 0, 4, StoryVersion: 1));

        ledger.Agreement().Should().Be(0.375);
    }
}
