namespace Monitor.Analysis.Tests;

public sealed class IncrementalLedgerTests
{
    private static Claim Count(int n) =>
        new("number of miners rescued", ClaimKind.Quantity, new ClaimValue($"{n}", $"{n}", n, n), $"They rescued {n} miners.");

    [Fact]
    public void A_change_names_a_bounded_number_of_articles_however_large_the_story()
    {
        var ledger = new ClaimLedger();
        IReadOnlyList<LedgerChange> last = [];
        for (var i = 0; i < 300; i++)
        {
            last = ledger.Add(new ArticleClaims($"a{i:000}", $"outlet {i}", $"k{i}", [Count(i % 2 == 0 ? 12 : 30)]));
        }

        last.Should().ContainSingle(c => c.Kind == LedgerChangeKind.DivergenceUpdated)
            .Which.Divergence!.Sides.Should().OnlyContain(s => s.Articles.Count <= ClaimLedger.MaxArticlesInChange);
        ledger.Divergences().Single().Sides.Sum(s => s.Articles.Count).Should().Be(300);
    }

    [Fact]
    public void Another_article_from_an_outlet_already_on_a_side_changes_no_side()
    {
        var ledger = new ClaimLedger();
        ledger.Add(new ArticleClaims("a1", "Daily", "k1", [Count(12)]));
        ledger.Add(new ArticleClaims("a2", "Herald", "k2", [Count(12)]));
        ledger.Add(new ArticleClaims("a3", "Post", "k3", [Count(40)]));

        ledger.Add(new ArticleClaims("a4", "Post", "k4", [Count(40)])).Should().BeEmpty("the Post already says 40");
        ledger.Add(new ArticleClaims("a5", "Daily", "k5", [Count(12)])).Should().BeEmpty("the Daily already says 12");
        ledger.Add(new ArticleClaims("a6", "Wire", "k6", [Count(40)])).Should().ContainSingle()
            .Which.Divergence!.Sides.Single(s => s.Value == "40").Sources.Should().Equal("Post", "Wire");
        ledger.Divergences().Single().Sides.Sum(s => s.Articles.Count).Should().Be(6, "the story's own view counts every article");
    }

    [Fact]
    public void Counts_kept_along_the_way_match_the_ledger_read_afresh()
    {
        var ledger = new ClaimLedger();
        ledger.Add(new ArticleClaims("a1", "Daily", "k1", [Count(12)]));
        ledger.Add(new ArticleClaims("a2", "Herald", "k2", [Count(12)]));
        ledger.Add(new ArticleClaims("a3", "Post", "k3", [Count(40)]));
        ledger.Add(new ArticleClaims("a4", "Wire", "k4", [Count(40)]));
        ledger.Add(new ArticleClaims("a5", "Times", "k5", [Count(40)]));

        ledger.DivergenceCount.Should().Be(ledger.Divergences().Count).And.Be(1);
        ledger.Stances().Should().BeEquivalentTo(
        [
            new SourceStance("Daily", 0, 1, 5),
            new SourceStance("Herald", 0, 1, 5),
            new SourceStance("Post", 1, 1, 5),
            new SourceStance("Times", 1, 1, 5),
            new SourceStance("Wire", 1, 1, 5),
        ]);
    }

    [Fact]
    public void A_divergence_ended_by_a_value_shown_anew_is_reported_with_its_sides_from_before()
    {
        // Two titles of one office conflict; the smallest article id sets the shown value, and a
        // later-arriving smaller id can move a group to another office, which ends the conflict.
        static Claim Title(string key, string office) =>
            new("title of Okafor", ClaimKind.Title, new ClaimValue(key, key, Family: office), $"{key} Okafor spoke.");
        var ledger = new ClaimLedger();
        ledger.Add(new ArticleClaims("a5", "Daily", "k1", [Title("president", "president")]));
        ledger.Add(new ArticleClaims("a6", "Herald", "k2", [Title("former president", "president")]));

        var changes = ledger.Add(new ArticleClaims("a1", "Post", "k3", [Title("former president", "senate")]));

        changes.Should().ContainSingle(c => c.Kind == LedgerChangeKind.DivergenceResolved)
            .Which.Divergence!.Sides.Select(s => s.Articles).Should().BeEquivalentTo([["a6"], new[] { "a5" }]);
        ledger.DivergenceCount.Should().Be(0);
    }
}
