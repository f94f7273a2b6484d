namespace Monitor.Analysis.Tests;

/// <summary>People are full names: a short form resolves to a full name of its article, given names tell people apart.</summary>
public sealed class PersonResolutionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<EntityMention> People(string text) =>
        [.. Analyzer.Analyze(new ArticleInput("a1", "outlet", "", text)).Entities.Where(e => e.Kind == EntityKind.Person)];

    private static string KeyOf(string text) => People(text).Single().Key;

    [Fact]
    public void Two_people_who_share_a_surname_are_two_entities_and_a_surname_is_the_one_named_last()
    {
        var people = People("Senator Ada Okafor thanked her brother, Chidi Okafor, on Monday. Okafor, a lawyer, said nothing.");

        people.Select(p => p.Name).Should().BeEquivalentTo("Ada Okafor", "Chidi Okafor");
        people.Single(p => p.Name == "Chidi Okafor").Surfaces.Should().Contain("Okafor");
        people.Single(p => p.Name == "Ada Okafor").Surfaces.Should().NotContain("Okafor");
    }

    [Fact]
    public void A_surname_before_any_full_name_resolves_to_the_first_one_after_it()
    {
        var person = People("Mr. Lindqvist was late. Later, Anders Lindqvist spoke to reporters.").Single();

        person.Name.Should().Be("Anders Lindqvist");
        person.Surfaces.Should().Contain("Lindqvist");
    }

    [Theory]
    [InlineData("Robert Lindqvist", "Bob Lindqvist")]
    [InlineData("Charles Dunmore", "Chuck Dunmore")]
    [InlineData("Jacob Ferrante", "Jack Ferrante")]
    [InlineData("Benjamin Aharoni", "Bibi Aharoni")]
    [InlineData("Marc Rubio", "Marco Rubio")]
    [InlineData("Kelsey Brandt", "Kelsay Brandt")]
    [InlineData("Tomas Kreiger", "Tomas Krieger")]
    public void Short_forms_a_missing_middle_initial_and_near_miss_spellings_share_a_key(string one, string two) =>
        KeyOf($"The report was written by {one} last week.").Should().Be(KeyOf($"The report was written by {two} last week."));

    [Theory]
    [InlineData("Rand Tolliver", "Ron Tolliver")]
    [InlineData("Liz Marden", "Mary Marden")]
    [InlineData("Paul Dunmore Sr.", "Paul Dunmore")]
    [InlineData("Paul Dunmore III", "Paul Dunmore")]
    public void Different_given_names_or_generations_are_different_people(string one, string two) =>
        KeyOf($"The report was written by {one} last week.").Should().NotBe(KeyOf($"The report was written by {two} last week."));

    [Fact]
    public void Junior_is_left_out_of_a_key_unless_the_article_names_the_father_too()
    {
        var alone = KeyOf("The report was written by Paul Dunmore Jr. last week.");
        var both = People("Paul Dunmore Jr. was sentenced on Friday. His father, Paul Dunmore, wept in court.");

        alone.Should().Be(KeyOf("The report was written by Paul Dunmore last week."));
        both.Should().HaveCount(2);
        both.Single(p => p.Name == "Paul Dunmore").Key.Should().Be(alone);
    }

    [Fact]
    public void Two_middle_initials_of_one_name_in_an_article_are_two_entities()
    {
        var people = People("Judge Ann B. Holt ruled on Monday. Her cousin, Ann C. Holt, filed the appeal.");

        people.Select(p => p.Name).Should().BeEquivalentTo("Ann B. Holt", "Ann C. Holt");
        people.Select(p => p.Key).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_name_without_its_middle_in_an_article_naming_two_is_the_one_said_last_before_it()
    {
        var people = People("The case was heard by Ann B. Holt on Monday. The appeal was filed by Ann C. Holt. On Tuesday, Ann Holt said that Holt would not resign.");

        people.Should().HaveCount(2);
        people.Single(p => p.Name == "Ann C. Holt").Surfaces.Should().Contain(["Ann Holt", "Holt"]);
        people.Single(p => p.Name == "Ann B. Holt").Surfaces.Should().Equal("Ann B. Holt");
    }

    [Fact]
    public void A_middle_name_and_its_initial_are_one_middle()
    {
        var people = People("The case was heard by Ann Beatrice Holt on Monday. Before that, Ann B. Holt had served for a decade.");

        people.Should().ContainSingle().Which.Surfaces.Should().Contain(["Ann Beatrice Holt", "Ann B. Holt"]);
    }

    [Theory]
    [InlineData("Walter J. Pruitt", "Walter Pruitt")]
    [InlineData("Helen T. Varga", "Helen Varga")]
    [InlineData("George Harold Pruitt", "George H. Pruitt")]
    public void A_name_with_its_middle_in_one_article_and_without_in_another_is_one_person(string one, string two)
    {
        var first = KeyOf($"The report was written by {one} last week.");
        var second = KeyOf($"The report was written by {two} last week.");

        Filed(new StoryPeople(), first, second).Distinct().Should().ContainSingle("one story files both under one key");
        Filed(new StoryPeople(), second, first).Distinct().Should().ContainSingle("whichever it meets first");
        Filed(new StoryPeople(), first).Should().Equal(Filed(new StoryPeople(), second), "two stories file them alike");
    }

    [Theory]
    [InlineData("George H. W. Pruitt", "hw")]
    [InlineData("George Harold Walker Pruitt Jr.", "hw")]
    [InlineData("Ludwig van Brandt", null)]
    [InlineData("George Pruitt III", null)]
    [InlineData("Pruitt", null)]
    public void The_middle_is_the_initials_of_the_names_between_given_name_and_surname(string name, string? middle) =>
        PersonName.Middle(name).Should().Be(middle);

    [Fact]
    public void Two_middles_of_one_name_in_two_articles_of_a_story_are_two_people()
    {
        var father = KeyOf("The report was written by Walter H. J. Pruitt last week.");
        var son = KeyOf("The report was written by Walter J. Pruitt last week.");

        var filed = Filed(new StoryPeople(), father, son, KeyOf("The report was written by Walter Pruitt last week."));

        filed[0].Should().NotBe(filed[1]);
        filed[2].Should().Be(filed[0], "a name without a middle is the person the story met first");
    }

    private static List<string?> Filed(StoryPeople story, params string[] keys) =>
        [.. keys.Select((key, i) => story.Add($"a{i}", "outlet", $"a{i}", [key], []).Keys.Single())];

    [Fact]
    public void A_rank_marks_a_person_in_uniform_apart_from_a_politician_of_the_same_name()
    {
        var captain = KeyOf("Highway Patrol Capt. Omar Field took charge of security in the town.");
        var senator = KeyOf("The bill was opposed by Senator Omar Field on Tuesday.");

        captain.Should().NotBe(senator);
    }

    [Fact]
    public void Titles_and_what_qualifies_them_are_not_part_of_the_name()
    {
        var people = People("Republican Sen. Dana Whitfield met Rev. Samuel Okoro. Former Rep. Iris Moll did not attend.");

        people.Select(p => p.Name).Should().BeEquivalentTo("Dana Whitfield", "Samuel Okoro", "Iris Moll");
        people.Single(p => p.Name == "Dana Whitfield").Attributes.Should().Contain(a => a.Attribute == "title" && a.Value == "Senator");
        people.Single(p => p.Name == "Iris Moll").Attributes.Should().Contain(a => a.Attribute == "title" && a.Value == "former Representative");
        people.Single(p => p.Name == "Samuel Okoro").Attributes.Should().NotContain(a => a.Attribute == "title");
    }

    [Fact]
    public void The_state_after_a_name_is_where_the_person_is_from()
    {
        var article = Analyzer.Analyze(new ArticleInput("a1", "outlet", "", "The amendment was offered by Maria L. Ostrowski of New York on Monday."));

        article.Entities.Should().ContainSingle(e => e.Kind == EntityKind.Person).Which.Name.Should().Be("Maria L. Ostrowski");
        article.Entities.Should().ContainSingle(e => e.Kind == EntityKind.Place).Which.Name.Should().Be("New York");
    }

    [Fact]
    public void A_name_and_its_short_form_are_one_name_not_a_divergence()
    {
        var ledger = new EntityLedger("person:robert-lindqvist");
        ledger.Add("s1", "a1", "Herald", "a1", Named("Robert T. Lindqvist"));
        ledger.Add("s1", "a2", "Courier", "a2", Named("Bob Lindqvist"));
        ledger.Add("s2", "a3", "Gazette", "a3", Named("Robert Lindqvist Jr."));

        ledger.View().Divergences.Should().BeEmpty();
    }

    [Fact]
    public void Two_spellings_of_a_given_name_are_a_name_divergence()
    {
        var ledger = new EntityLedger("person:marc-rubio");
        ledger.Add("s1", "a1", "Herald", "a1", Named("Marc Rubio"));
        ledger.Add("s2", "a2", "Courier", "a2", Named("Marco Rubio"));

        ledger.View().Divergences.Should().ContainSingle();
    }

    private static EntityMention Named(string name) =>
        new("person:x", name, EntityKind.Person, [name], [new EntityAttribute("name", name, $"{name} spoke.")]);
}
