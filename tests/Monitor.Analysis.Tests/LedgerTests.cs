namespace Monitor.Analysis.Tests;

public sealed class LedgerTests
{
    private static Claim Count(string text, double low, double high) =>
        new("number of miners rescued", ClaimKind.Quantity, new ClaimValue(text, text, low, high), $"They rescued {text} miners.");

    [Fact]
    public void One_outlet_counts_once_towards_consensus()
    {
        var ledger = new ClaimLedger();
        ledger.Add(new ArticleClaims("a1", "Daily", "k1", [Count("12", 12, 12)]));
        ledger.Add(new ArticleClaims("a2", "Daily", "k2", [Count("12", 12, 12)]));
        ledger.Consensus().Should().BeEmpty();
        ledger.Add(new ArticleClaims("a3", "Herald", "k3", [Count("12", 12, 12)]));
        ledger.Consensus().Should().ContainSingle(c => c.Value == "12");
    }

    [Fact]
    public void Incompatible_counts_are_a_divergence_and_compatible_ones_are_not()
    {
        var ledger = new ClaimLedger();
        ledger.Add(new ArticleClaims("a1", "Daily", "k1", [Count("12", 12, 12)]));
        ledger.Add(new ArticleClaims("a2", "Herald", "k2", [Count("about 12", 11, 13)]));
        ledger.Divergences().Should().BeEmpty();
        var changes = ledger.Add(new ArticleClaims("a3", "Courier", "k3", [Count("dozens", 24, 144)]));
        changes.Should().Contain(c => c.Kind == LedgerChangeKind.DivergenceDetected);
        ledger.Divergences().Single().Sides.Select(s => s.Value).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Titles_conflict_only_within_one_office()
    {
        var former = new ClaimValue("former President", "former president", Family: "president");
        new ClaimValue("President", "president", Family: "president").IsCompatibleWith(former).Should().BeFalse();
        new ClaimValue("Senator", "senator", Family: "senator").IsCompatibleWith(former).Should().BeTrue();
    }

    [Fact]
    public void An_article_moves_only_the_stances_of_the_sources_it_changes_and_ends_those_it_takes_away()
    {
        var ledger = new ClaimLedger();
        ledger.Add(new ArticleClaims("a1", "Daily", "k1", [Count("12", 12, 12)]));
        ledger.Add(new ArticleClaims("a2", "Herald", "k2", [Count("12", 12, 12)]));
        ledger.WatchStances();

        // A third outlet agreeing moves no other outlet's stance.
        ledger.Add(new ArticleClaims("a3", "Courier", "k3", [Count("12", 12, 12)]));
        ledger.MovedStances().Should().Equal(new SourceStance("Courier", 1, 1, 3));

        // A contradiction leaves the slot without a leader: every outlet's stance in it ends.
        var before = ledger.Stances();
        ledger.WatchStances();
        ledger.Add(new ArticleClaims("a4", "Gazette", "k4", [Count("40", 40, 40)]));
        ledger.Add(new ArticleClaims("a5", "Tribune", "k5", [Count("40", 40, 40)]));
        ledger.Add(new ArticleClaims("a6", "Post", "k6", [Count("40", 40, 40)]));
        var moved = ledger.MovedStances();

        moved.Should().Contain(new SourceStance("Daily", 0, 0, 6));
        ledger.Stances().Where(s => !before.Any(b => b.Source == s.Source && (b.Agrees, b.Total) == (s.Agrees, s.Total)))
            .Should().BeSubsetOf(moved);
        moved.Should().OnlyContain(m => !before.Any(b => b.Source == m.Source && b.Agrees == m.Agrees && b.Total == m.Total), "an unmoved stance is not news");
    }

    [Fact]
    public void A_stance_that_moves_and_comes_back_is_not_reported()
    {
        var ledger = new ClaimLedger();
        ledger.Add(new ArticleClaims("a1", "Daily", "k1", [Count("12", 12, 12)]));
        ledger.Add(new ArticleClaims("a2", "Herald", "k2", [Count("12", 12, 12)]));
        ledger.Stances();
        ledger.WatchStances();

        // The slot loses its leader (a tie), then gets it back: Daily and Herald end where they were.
        ledger.Add(new ArticleClaims("a3", "Gazette", "k3", [Count("40", 40, 40)]));
        ledger.Add(new ArticleClaims("a4", "Tribune", "k4", [Count("40", 40, 40)]));
        ledger.Stances();
        ledger.Add(new ArticleClaims("a5", "Post", "k5", [Count("12", 12, 12)]));

        ledger.MovedStances().Select(s => s.Source).Should().BeEquivalentTo(["Gazette", "Post", "Tribune"]);
    }
}
