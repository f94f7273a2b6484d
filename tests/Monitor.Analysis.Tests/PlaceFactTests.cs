using static Monitor.Analysis.Tests.OneSentenceArticles;

namespace Monitor.Analysis.Tests;

public sealed class PlaceFactTests
{
    private static List<Claim> Places(string text) =>
        [.. Analyzer.Analyze(new ArticleInput("a1", "outlet", "", text)).Claims.Where(c => c.Slot == PlaceFacts.Slot)];

    private static IEnumerable<DivergenceView> PlaceDivergences(params ArticleClaims[] articles) =>
        Ledger(articles).Divergences().Where(d => d.Kind == "place");

    [Fact]
    public void A_town_put_in_its_state_is_a_town_where_it_happened()
    {
        var place = Places("Two deputies were shot in Akron, Ohio, on Thursday night.").Should().ContainSingle().Subject;

        place.Kind.Should().Be(ClaimKind.Place);
        place.Value.Text.Should().Be("Akron, Ohio");
        place.Value.Family.Should().Be(PlaceFacts.Town);
        place.Quote.Should().Be("Two deputies were shot in Akron, Ohio, on Thursday night.");
        place.Context!.Close.Should().Contain("shot");
    }

    [Fact]
    public void A_state_and_a_country_have_their_level()
    {
        Places("The governor held a rally in Ohio on Monday.").Should().ContainSingle().Which.Value.Family.Should().Be(PlaceFacts.State);
        Places("Three soldiers were killed in Norway last week.").Should().ContainSingle().Which.Value.Family.Should().Be(PlaceFacts.Country);
    }

    [Fact]
    public void A_town_the_article_placed_once_is_known_later()
    {
        var places = Places("The mayor of Rockford, Ill., spoke to reporters. A second protest was held in Rockford on Friday.");

        places.Should().ContainSingle().Which.Value.Text.Should().Be("Rockford");
    }

    [Fact]
    public void A_place_with_no_event_near_it_is_no_fact()
    {
        Places("She grew up in Ohio and studied law at a small college.").Should().BeEmpty();
        Places("Two deputies were shot near the old mill by Rivera and Smith.").Should().BeEmpty("no recognised place follows");
    }

    [Fact]
    public void Two_towns_for_one_shooting_are_a_place_divergence()
    {
        var divergence = PlaceDivergences(
            Article("a1", "Herald", "Two police officers were shot and wounded in Springfield, Ill., late on Sunday, the police said."),
            Article("a2", "Courier", "Two police officers were shot and wounded in Springdale, Ark., late on Sunday, officials said."))
            .Should().ContainSingle().Subject;

        divergence.Sides.Select(s => s.Value).Should().BeEquivalentTo(["Springdale, Ark.", "Springfield, Ill."]);
        divergence.Sides.Select(s => s.Sources.Single()).Should().BeEquivalentTo(["Courier", "Herald"]);
        divergence.Level.Should().Be(DivergenceLevel.Hard);
    }

    [Fact]
    public void A_town_against_its_state_is_no_divergence()
    {
        PlaceDivergences(
            Article("a1", "Herald", "Two police officers were shot and wounded in Akron, Ohio, late on Sunday, the police said."),
            Article("a2", "Courier", "Two police officers were shot and wounded in Ohio late on Sunday, officials said."))
            .Should().BeEmpty();
    }

    [Fact]
    public void The_places_of_two_events_in_one_story_are_not_aligned()
    {
        PlaceDivergences(
            Article("a1", "Herald", "Police arrested twelve protesters at a march in Springfield, Ill., on Saturday."),
            Article("a2", "Courier", "A gunman killed three shoppers at a crowded mall in Springdale, Ark., on Saturday."))
            .Should().BeEmpty();
    }

    [Fact]
    public void An_outlet_that_names_both_towns_gives_no_divergence()
    {
        var herald = Article("a1", "Herald",
            "Two police officers were shot and wounded in Springfield, Ill., late on Sunday, the police said. A vigil was held for them in Springdale, Ark., on Monday.");
        var courier = Article("a2", "Courier", "Two police officers were shot and wounded in Springdale, Ark., late on Sunday, officials said.");

        PlaceDivergences(herald, courier).Should().BeEmpty("the outlet that gives both towns tells of two places, not of one");
    }

    [Fact]
    public void A_place_two_outlets_give_is_a_consensus_fact()
    {
        var ledger = Ledger(
            Article("a1", "Herald", "The union held its national convention in Salt Lake City this week, drawing thousands."),
            Article("a2", "Courier", "Thousands of members attended the union's national convention in Salt Lake City."));

        var consensus = ledger.Consensus().Should().ContainSingle(c => c.Slot.StartsWith("place")).Subject;
        consensus.Value.Should().Be("Salt Lake City");
        consensus.Slot.Should().StartWith("place");
        consensus.Sources.Should().BeEquivalentTo(["Courier", "Herald"]);
        ledger.Divergences().Should().BeEmpty();
    }

    [Fact]
    public void One_site_two_outlets_put_things_at_is_a_consensus_even_in_unlike_sentences()
    {
        var ledger = Ledger(
            Article("a1", "Herald", "The governor gave a long speech at Riverside Stadium."),
            Article("a2", "Courier", "Fireworks exploded over the cheering crowd at Riverside Stadium later."));

        ledger.Consensus().Should().ContainSingle(c => c.Slot.StartsWith("place")).Which.Value.Should().Be("Riverside Stadium");
    }
}
