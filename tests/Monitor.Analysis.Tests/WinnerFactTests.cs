using static Monitor.Analysis.Tests.OneSentenceArticles;

namespace Monitor.Analysis.Tests;

public sealed class WinnerFactTests
{
    private static readonly DateTimeOffset Published = new(2019, 3, 6, 12, 0, 0, TimeSpan.Zero);

    private static List<Claim> Winners(string text) =>
        [.. Analyzer.Analyze(new ArticleInput("a1", "outlet", "", text, Published: Published)).Claims.Where(c => WinnerFacts.IsSlot(c.Slot))];

    private static Claim Winner(string text) => Winners(text).Should().ContainSingle().Subject;

    [Fact]
    public void Won_the_race_for_a_post_names_the_winner_by_entity_key()
    {
        var winner = Winner("On Tuesday, Laura Brennan won the race for chair of the county board.");

        winner.Slot.Should().Be("winner: chair");
        winner.Kind.Should().Be(ClaimKind.Attribution);
        winner.Value.Text.Should().Be("Laura Brennan");
        winner.Value.Key.Should().Be(PersonName.Key("Laura Brennan"));
        winner.Quote.Should().Be("On Tuesday, Laura Brennan won the race for chair of the county board.");
    }

    [Theory]
    [InlineData("Rep. Laura Brennan defeated Diane Foster to become vice chairwoman of the county board.", "winner: vice chair")]
    [InlineData("Rep. Laura Brennan was elected vice-chairman of the county board on Tuesday.", "winner: vice chair")]
    [InlineData("Rep. Diane Foster lost to Laura Brennan in the race for vice chair of the county board.", "winner: vice chair")]
    [InlineData("Rep. Diane Foster was defeated by Laura Brennan in the race for speaker.", "winner: speaker")]
    [InlineData("Board members elected Laura Brennan as majority leader on Tuesday.", "winner: majority leader")]
    [InlineData("In the end the party's nomination went to Laura Brennan.", "winner: nomination")]
    [InlineData("Rep. Laura Brennan won a runoff election for the third district on Tuesday.", "winner: runoff")]
    public void Every_way_of_telling_a_win_names_the_winner_and_the_post(string sentence, string slot)
    {
        var winner = Winner(sentence);

        winner.Slot.Should().Be(slot);
        winner.Value.Text.Should().Be("Laura Brennan");
    }

    [Theory]
    [InlineData("Rep. Laura Brennan hopes to win the race for chair of the county board.")]
    [InlineData("Rep. Laura Brennan could beat Diane Foster for the nomination.")]
    [InlineData("Rep. Laura Brennan did not win the race for chair of the county board.")]
    [InlineData("Rep. Laura Brennan won praise for her speech at the county board.")]
    [InlineData("Rep. Laura Brennan, who won the seat in 2010, spoke briefly on Tuesday.")]
    [InlineData("Rep. Diane Foster was defeated in the race for chair of the county board.")]
    [InlineData("Rep. Diane Foster and Laura Brennan won the race for chair of the county board.")]
    [InlineData("She won the race for chair of the county board, Laura Brennan said.")]
    public void Wins_that_did_not_happen_or_are_background_or_have_no_contest_are_no_fact(string sentence) =>
        Winners(sentence).Should().BeEmpty();

    private const string Vice = "vice chair of the harbour caucus on Tuesday in a close vote";

    [Fact]
    public void Two_outlets_naming_two_winners_of_one_post_are_a_hard_attribution_divergence()
    {
        var ledger = Ledger(
            Article("a1", "Herald", $"Rep. Laura Brennan defeated Diane Foster to become {Vice}."),
            Article("a2", "Post", $"Rep. Karen Brennan defeated Diane Foster to become {Vice}."));

        var divergence = ledger.Divergences().Should().ContainSingle().Subject;
        divergence.Kind.Should().Be("attribution");
        divergence.Level.Should().Be(DivergenceLevel.Hard);
        divergence.Sides.Select(s => (s.Value, string.Join(",", s.Sources))).Should()
            .BeEquivalentTo([("Laura Brennan", "Herald"), ("Karen Brennan", "Post")]);
    }

    [Fact]
    public void The_winner_told_as_a_defeat_and_as_a_loss_is_one_consensus()
    {
        var ledger = Ledger(
            Article("a1", "Herald", $"Rep. Laura Brennan defeated Diane Foster to become {Vice}."),
            Article("a2", "Post", $"Rep. Diane Foster lost to Laura Brennan in the race for {Vice}."));

        ledger.Divergences().Should().BeEmpty();
        ledger.Consensus().Should().ContainSingle(c => c.Slot.StartsWith("winner: vice chair")).Which.Sources.Should().Equal("Herald", "Post");
    }

    [Fact]
    public void The_chair_race_and_the_vice_chair_race_of_one_story_are_not_compared()
    {
        var ledger = Ledger(
            Article("a1", "Herald", "Rep. Peter Okafor was elected chairman of the harbour caucus on Tuesday, and Laura Brennan defeated Diane Foster to become vice chairwoman of the harbour caucus."),
            Article("a2", "Post", "Rep. Laura Brennan won the race for vice chair of the harbour caucus on Tuesday, defeating Diane Foster in a close vote."));

        ledger.Divergences().Should().BeEmpty("Okafor won the chair and Brennan the vice chair: both outlets can be right");
        ledger.Consensus().Should().Contain(c => c.Slot.StartsWith("winner: vice chair") && c.Value == "Laura Brennan");
    }

    [Fact]
    public void The_nominations_of_two_parties_are_two_contests()
    {
        var (democrat, republican) = ("Rep. Laura Brennan won the Democratic nomination for governor on Tuesday after a long count.",
            "Rep. Karen Brennan won the Republican nomination for governor on Tuesday after a long count.");
        Winner(democrat).Slot.Should().Be(Winner(republican).Slot);

        Ledger(Article("a1", "Herald", democrat), Article("a2", "Post", republican)).Divergences().Should().BeEmpty();
    }

    [Fact]
    public void Winners_of_races_that_may_be_many_are_consensus_only()
    {
        var (third, fourth) = ("Rep. Laura Brennan won the race in the third district on Tuesday, officials said.",
            "Rep. Karen Walsh won the race in the fourth district on Tuesday, officials said.");
        Winner(third).Slot.Should().Be("winner: race");

        Ledger(Article("a1", "Herald", third), Article("a2", "Post", fourth)).Divergences().Should().BeEmpty("a story of an election day tells of many races");
    }

    [Fact]
    public void The_leaders_two_parties_chose_are_two_contests()
    {
        var republicans = Article("a1", "Herald", "On Tuesday, Senate Republicans re-elected Peter Okafor as their leader in a closed-door vote.");
        var democrats = Article("a2", "Post", "On Tuesday, Senate Democrats re-elected Karen Walsh as their leader in a closed-door vote.");
        var democratsAgain = Article("a3", "Courier", "On Tuesday, Senate Democrats re-elected Laura Brennan as their leader in a closed-door vote.");

        Ledger(republicans, democrats).Divergences().Should().BeEmpty();
        Ledger(democrats, democratsAgain).Divergences().Should().ContainSingle("the Democrats' leader told two ways").Which.Sides.Select(s => s.Value)
            .Should().BeEquivalentTo(["Karen Walsh", "Laura Brennan"]);
    }

    [Fact]
    public void A_surname_alone_is_the_full_name_another_outlet_gives()
    {
        var surname = $"Rep. Brennan defeated Rep. Diane Foster to become {Vice}.";
        Winner(surname).Value.Text.Should().Be("Brennan");

        Ledger(Article("a1", "Herald", $"Rep. Laura Brennan defeated Diane Foster to become {Vice}."), Article("a2", "Post", surname))
            .Divergences().Should().BeEmpty();
    }
}
