using static Monitor.Analysis.Tests.OneSentenceArticles;

namespace Monitor.Analysis.Tests;

public sealed class FactLedgerTests
{
    private static readonly ArticleClaims Herald1998 = Article("a1", "Herald", "Mayor Ruth Okafor has led the city council since 1998, aides said.");
    private static readonly ArticleClaims Courier1998 = Article("a2", "Courier", "Ruth Okafor has led the city council since 1998 and plans to run again.");
    private static readonly ArticleClaims Post1999 = Article("a3", "Post", "Okafor, who has led the city council since 1999, spoke briefly.");

    [Fact]
    public void A_year_one_outlet_gives_off_by_one_is_a_date_divergence_between_outlets()
    {
        var divergence = Ledger(Herald1998, Courier1998, Post1999).Divergences().Should().ContainSingle().Subject;

        divergence.Kind.Should().Be("date");
        divergence.Sides.Select(s => (s.Value, string.Join(",", s.Sources))).Should()
            .BeEquivalentTo([("since 1998", "Courier,Herald"), ("since 1999", "Post")]);
        divergence.Sides.Single(s => s.Value == "since 1999").Quotes.Should().Equal("Okafor, who has led the city council since 1999, spoke briefly.");
    }

    [Fact]
    public void The_same_year_from_two_outlets_is_consensus_and_their_stance_agrees()
    {
        var ledger = Ledger(Herald1998, Courier1998);

        ledger.Consensus().Should().Contain(c => c.Value == "since 1998" && c.Sources.SequenceEqual(new[] { "Courier", "Herald" }));
        ledger.Stances().Should().OnlyContain(s => s.Agrees == s.Total && s.Total > 0);
    }

    [Fact]
    public void Facts_give_the_same_views_in_any_order()
    {
        var forward = Ledger(Herald1998, Courier1998, Post1999);
        var backward = Ledger(Post1999, Courier1998, Herald1998);

        backward.Divergences().Should().BeEquivalentTo(forward.Divergences());
        backward.Consensus().Should().BeEquivalentTo(forward.Consensus());
        backward.Stances().Select(s => (s.Source, s.Agrees, s.Total)).Should().Equal(forward.Stances().Select(s => (s.Source, s.Agrees, s.Total)));
    }

    [Fact]
    public void Consecutive_days_of_two_events_are_no_divergence()
    {
        var ledger = Ledger(
            Article("a1", "Herald", "The budget committee met on Monday behind closed doors."),
            Article("a2", "Post", "The full senate passed the budget on Tuesday by a wide margin."));

        ledger.Divergences().Should().BeEmpty();
    }

    [Fact]
    public void Two_days_one_outlet_gives_both_are_two_events_not_a_contradiction()
    {
        var herald = Article("a1", "Herald", "The county board approved the harbour dredging plan on Monday, the chairwoman said.");
        var post = Article("a2", "Post", "The county board approved the harbour dredging plan on Tuesday, the chairwoman said.");
        var courier = Article("a3", "Courier",
            "The county board approved the harbour dredging plan on Monday, the chairwoman said. The county board approved the harbour dredging budget on Tuesday, the chairwoman said.");

        Ledger(herald, post).Divergences().Should().ContainSingle().Which.Sides.Select(s => s.Value).Should().BeEquivalentTo(["Monday", "Tuesday"]);
        Ledger(herald, post, courier).Divergences().Should().BeEmpty("an outlet that gives both days tells of two things, one a day");
    }

    [Fact]
    public void The_days_of_two_monthly_reports_are_not_compared()
    {
        var tuesday = Article("a1", "Herald", "The statistics bureau said Tuesday that factory output in the region rose in June, beating forecasts.");
        ArticleClaims Wednesday(string month) =>
            Article("a2", "Post", $"The statistics bureau said Wednesday that factory output in the region rose in {month}, beating forecasts.");

        Ledger(tuesday, Wednesday("June")).Divergences().Should().ContainSingle("one month's report, two days").Which.Sides.Select(s => s.Value)
            .Should().BeEquivalentTo(["Tuesday", "Wednesday"]);
        Ledger(tuesday, Wednesday("April")).Divergences().Should().BeEmpty("the June report and the April one came out on two days");
    }

    [Fact]
    public void Two_counts_that_merely_share_a_unit_are_not_compared()
    {
        var ledger = Ledger(
            Article("a1", "Herald", "The market bombing killed 12 people, police said."),
            Article("a2", "Post", "Two weeks earlier, an ambush at a northern checkpoint left 13 soldiers dead."));

        ledger.Divergences().Should().BeEmpty();
    }

    [Fact]
    public void One_outlet_updating_its_own_figure_is_no_divergence()
    {
        var ledger = Ledger(
            Article("a1", "Solo Wire", "The collapse at the mine killed 40 workers, officials said."),
            Article("a2", "Solo Wire", "The collapse at the mine killed 44 workers, officials said later."));

        ledger.Divergences().Should().BeEmpty("one outlet on both sides is an update, not a contradiction");
    }

    [Fact]
    public void What_an_outlet_leaves_out_is_no_divergence()
    {
        var ledger = Ledger(Herald1998, Article("a2", "Post", "Okafor spoke briefly to the city council about the budget."));

        ledger.Divergences().Should().BeEmpty();
    }

    [Fact]
    public void A_near_miss_in_a_figure_diverges_and_the_change_tells_it()
    {
        var ledger = new ClaimLedger();
        ledger.Add(Article("a1", "Herald", "The lawsuit covers as many as 2.4 million nurses in the state."));
        var changes = ledger.Add(Article("a2", "Post", "The lawsuit, filed on behalf of up to 2.5 million nurses in the state, was dismissed."));

        changes.Should().Contain(c => c.Kind == LedgerChangeKind.DivergenceDetected && c.Divergence!.Kind == "quantity");
        ledger.DivergenceCount.Should().Be(1);
    }

    [Fact]
    public void A_figure_of_another_unit_in_a_sentence_more_alike_does_not_hide_a_near_miss()
    {
        var ledger = Ledger(
            Article("a1", "Herald", "The lawsuit covers 2.4 million nurses in the state hospitals."),
            Article("a2", "Post", "A 10-year-old said the lawsuit covers nurses in the state hospitals. Filed in the state, the lawsuit covers up to 2.5 million nurses, a judge ruled Monday after a long hearing."));

        ledger.Divergences().Should().ContainSingle().Which.Sides.Select(s => s.Value).Should().BeEquivalentTo(["2.4 million nurses", "up to 2.5 million nurses"]);
    }

    [Fact]
    public void A_date_still_to_come_is_not_compared_with_one_gone_by()
    {
        var published = new DateTimeOffset(2019, 2, 20, 12, 0, 0, TimeSpan.Zero);
        ArticleClaims Dated(string id, string source, string text) =>
            ArticleClaims.From(Analyzer.Analyze(new ArticleInput(id, source, "", text, Published: published)));
        var ledger = Ledger(
            Dated("a1", "Herald", "The harbour permits must be filed with the port board March 9."),
            Dated("a2", "Post", "The harbour permits were filed with the port board last week."),
            Dated("a3", "Courier", "The harbour permits must be filed with the port board March 10."));

        ledger.Divergences().Should().ContainSingle("a deadline of March 9 against one of March 10 is a near miss; last week is another thing")
            .Which.Sides.Select(s => s.Value).Should().BeEquivalentTo(["March 9", "March 10"]);
    }

    [Fact]
    public void A_range_both_outlets_give_is_no_divergence()
    {
        var ledger = Ledger(
            Article("a1", "Herald", "The mayor said the town will raise its water rates 40%-42% by the end of next year."),
            Article("a2", "Post", "The town will raise water rates 40%-42% from their current level by the end of next year, the mayor said."));

        ledger.Divergences().Should().BeEmpty("each outlet gives both ends of the range");
    }

    [Fact]
    public void A_rounded_figure_against_the_exact_one_is_no_divergence()
    {
        var ledger = Ledger(
            Article("a1", "Herald", "He bought a $61,000 watch with campaign money."),
            Article("a2", "Post", "He bought a $61,240 watch with campaign money."));

        ledger.Divergences().Should().BeEmpty();
    }
}
