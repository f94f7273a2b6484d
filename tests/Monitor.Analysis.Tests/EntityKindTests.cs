namespace Monitor.Analysis.Tests;

/// <summary>The head noun gives a name its kind; acronyms and spellings of one name join it.</summary>
public sealed class EntityKindTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<EntityMention> Entities(string text) => Analyzer.Analyze(new ArticleInput("a1", "outlet", "", text)).Entities;

    private static EntityMention Named(string text, string name) => Entities(text).Single(e => e.Name == name);

    [Theory]
    [InlineData("Lawmakers voted to repeal the Clean Rivers Act on Monday.", "Clean Rivers Act", EntityKind.Law)]
    [InlineData("Lawmakers debated the Third Amendment on Monday.", "Third Amendment", EntityKind.Law)]
    [InlineData("Crowds gathered for Harvest Appreciation Day in the town.", "Harvest Appreciation Day", EntityKind.Event)]
    [InlineData("A vote split House Libertarians on Monday.", "House Libertarians", EntityKind.Organization)]
    [InlineData("The story was first reported by The Ledger on Monday.", "The Ledger", EntityKind.Organization)]
    [InlineData("Voters in Nebraska went to the polls on Monday.", "Nebraska", EntityKind.Place)]
    [InlineData("The plant closed in Ft. Collins on Monday.", "Ft. Collins", EntityKind.Place)]
    [InlineData("Staff at the White House said nothing on Monday.", "White House", EntityKind.Organization)]
    public void The_head_noun_decides_the_kind(string text, string name, EntityKind kind) =>
        Named(text, name).Kind.Should().Be(kind);

    [Fact]
    public void Two_laws_two_amendments_and_two_caucuses_are_apart()
    {
        var entities = Entities(
            "The Clean Rivers Act and the Open Skies Act were both cited. The Third Amendment and the Fourth Amendment were argued. "
            + "House Libertarians and Senate Libertarians disagreed. North Dakota and South Dakota voted.");

        entities.Select(e => e.Key).Should().OnlyHaveUniqueItems().And.HaveCount(8);
        entities.Should().NotContain(e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void An_acronym_joins_the_name_it_spells_in_brackets_or_by_its_initials()
    {
        var entities = Entities(
            "The Coastal Fisheries Protection Authority (CFPA) met on Monday. A CFPA official said the Defense of Ports Act was at stake. "
            + "Opponents said DOPA would fail, and the National Association for the Advancement of Tidal Science agreed, as NAATS said on Friday.");

        var authority = entities.Single(e => e.Name == "Coastal Fisheries Protection Authority");
        authority.Surfaces.Should().Contain("CFPA");
        entities.Single(e => e.Name == "Defense of Ports Act").Surfaces.Should().Contain("DOPA");
        entities.Single(e => e.Name == "National Association for the Advancement of Tidal Science").Surfaces.Should().Contain("NAATS");
        entities.Should().NotContain(e => e.Name == "CFPA" || e.Name == "DOPA" || e.Name == "NAATS");
    }

    [Theory]
    [InlineData("Fort Collins", "Ft. Collins")]
    [InlineData("Federal Grants Office", "Federal Grant Office")]
    [InlineData("Trans-Atlantic Accord", "Trans Atlantic Accord")]
    [InlineData("Ninth Amendment", "9th Amendment")]
    [InlineData("Parris Landing Port", "Paris Landing Port")]
    public void Spellings_of_one_name_share_a_key(string one, string two) =>
        Entities($"Officials spoke about the {one} today.").Single().Key
            .Should().Be(Entities($"Officials spoke about the {two} today.").Single().Key);

    [Fact]
    public void An_acronym_in_brackets_after_a_person_is_not_their_name()
    {
        var entities = Entities("The plan was backed by Sen. Maria Ostrowski (D-N.Y.) on Monday.");

        entities.Should().ContainSingle(e => e.Kind == EntityKind.Person).Which.Surfaces.Should().NotContain("N.Y.");
    }

    [Theory]
    [InlineData("On Monday, Sen. Ann Holt, Democrat of Nebraska, voted no.", "Ann Holt", "Nebraska")]
    [InlineData("On Monday, Robert Holt of Harbour University asked the first question.", "Robert Holt", "Harbour University")]
    [InlineData("On Monday, Sheriff Ann Holt of Cole County closed the road.", "Ann Holt", "Cole County")]
    [InlineData("Martha Holt of Harbour University asked the first question.", "Martha Holt", "Harbour University")]
    public void A_person_of_a_state_or_a_body_is_the_person_and_the_state_or_body_apart(string text, string person, string other)
    {
        var entities = Entities(text);

        entities.Should().ContainSingle(e => e.Kind == EntityKind.Person).Which.Name.Should().Be(person);
        entities.Should().Contain(e => e.Name == other && e.Kind != EntityKind.Person);
        entities.Should().NotContain(e => e.Name.Contains(" of ", StringComparison.Ordinal) || e.Name.StartsWith("Democrat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Members of the Harbour Chamber of Trade met on Monday.", "Harbour Chamber of Trade")]
    [InlineData("The Justice Against Harbour Closures Act passed on Monday.", "Justice Against Harbour Closures Act")]
    public void A_name_joined_by_of_is_no_person(string text, string name) =>
        Named(text, name).Kind.Should().NotBe(EntityKind.Person);

    [Fact]
    public void A_party_word_before_a_name_is_no_part_of_it_but_a_party_body_keeps_it()
    {
        Named("On Monday, Republican Ann Holt voted no.", "Ann Holt").Key.Should().Be(PersonName.Key("Ann Holt"));
        Named("On Monday, the Republican Harbour Committee met.", "Republican Harbour Committee").Kind.Should().Be(EntityKind.Organization);
    }
}
