namespace Monitor.Analysis.Tests;

public sealed class EntityRecognitionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static AnalyzedArticle Analyze(string text) => Analyzer.Analyze(new ArticleInput("a1", "outlet", "", text));

    [Fact]
    public void A_surname_and_a_possessive_resolve_to_the_full_name()
    {
        var article = Analyze("Prime Minister Keir Starmer spoke on Tuesday. Critics said Starmer's government had failed.");
        var person = article.Entities.Should().ContainSingle(e => e.Kind == EntityKind.Person).Subject;
        person.Name.Should().Be("Keir Starmer");
        person.Surfaces.Should().Contain("Starmer");
        person.Attributes.Should().Contain(a => a.Attribute == "title" && a.Value == "Prime Minister");
    }

    [Fact]
    public void Demonyms_aliases_and_capitals_map_to_one_country()
    {
        var article = Analyze("French officials met British diplomats. Paris and the U.K. later agreed, as did France.");
        article.Entities.Where(e => e.Kind == EntityKind.Place).Select(e => e.Name).Should().BeEquivalentTo("France", "United Kingdom");
    }

    [Fact]
    public void Near_miss_spellings_of_a_person_share_a_key()
    {
        var one = Analyze("Senator Elizabet Warren spoke.").Entities.Single(e => e.Kind == EntityKind.Person);
        var two = Analyze("Senator Elizabeth Warren spoke.").Entities.Single(e => e.Kind == EntityKind.Person);
        one.Key.Should().Be(two.Key);
    }

    [Fact]
    public void A_cue_noun_gives_groups_and_facilities_their_kind()
    {
        var article = Analyze("Members of the Sinaloa cartel were sent to the remote Altiplano prison by police.");
        article.Entities.Should().Contain(e => e.Name == "Sinaloa" && e.Kind == EntityKind.Group);
        article.Entities.Should().Contain(e => e.Name == "Altiplano" && e.Kind == EntityKind.Facility);
    }

    [Fact]
    public void A_former_title_is_kept_with_its_modifier()
    {
        var article = Analyze("The speech by former Chancellor Angela Merkel drew applause.");
        article.Entities.Single(e => e.Kind == EntityKind.Person).Attributes
            .Should().Contain(a => a.Attribute == "title" && a.Value == "former Chancellor");
    }
}
