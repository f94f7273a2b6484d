namespace Monitor.Analysis.Tests;

public sealed class EntityLedgerTests
{
    [Fact]
    public void Merging_a_story_moves_its_mentions_and_files_late_ones_under_the_survivor()
    {
        var ledger = new EntityLedger("person:okafor");
        ledger.Add("s-old", "a1", "Herald", "a1", Mention());
        ledger.Add("s-other", "a2", "Courier", "a2", Mention());

        ledger.MoveStory("s-old", "s-new").Should().BeTrue();
        ledger.Add("s-old", "a3", "Gazette", "a3", Mention());

        ledger.View().Stories.Should().Equal("s-new", "s-other");
    }

    [Fact]
    public void A_story_merged_twice_resolves_to_the_last_survivor()
    {
        var ledger = new EntityLedger("person:okafor");
        ledger.MoveStory("s1", "s2");
        ledger.MoveStory("s2", "s3");

        ledger.Add("s1", "a1", "Herald", "a1", Mention());

        ledger.View().Stories.Should().Equal("s3");
    }

    [Fact]
    public void Articles_split_off_to_another_story_are_filed_under_it_and_their_old_story_goes_when_none_is_left()
    {
        var ledger = new EntityLedger("person:okafor");
        ledger.Add("s1", "a1", "Herald", "a1", Mention());
        ledger.Add("s1", "a2", "Courier", "a2", Mention());

        ledger.MoveArticles(["a2", "a-elsewhere"], "s2").Should().BeTrue();
        ledger.View().Stories.Should().Equal("s1", "s2");
        ledger.MoveArticles(["a1"], "s2").Should().BeTrue();
        ledger.View().Stories.Should().Equal("s2");
        ledger.MoveArticles(["a1", "a2"], "s2").Should().BeFalse("they are there already");
        ledger.Facts().Stories.Should().Be(1);
    }

    [Fact]
    public void Its_facts_are_the_counts_of_its_view()
    {
        var ledger = new EntityLedger("person:okafor");
        ledger.Add("s1", "a1", "Herald", "a1", Mention());
        ledger.Add("s2", "a2", "Courier", "a2", Mention());
        ledger.Add("s2", "a3", "Gazette", "a3", Mention() with { Name = "Adaeze Okafor" });

        var view = ledger.View();

        ledger.Facts().Should().Be(new EntityFacts(view.Name, view.Kind, 3, 2, view.Divergences.Count));
        view.Name.Should().Be("Ada Okafor");
    }

    [Fact]
    public void Its_facts_count_a_name_divergence_as_the_view_does()
    {
        var ledger = new EntityLedger("person:okafor");
        ledger.Add("s1", "a1", "Herald", "a1", Named("Marc Okafor"));
        ledger.Add("s1", "a2", "Courier", "a2", Named("Marco Okafor"));

        ledger.Facts().Divergences.Should().Be(1).And.Be(ledger.View().Divergences.Count);
    }

    [Theory]
    [InlineData("Senator", "former Senator")]
    [InlineData("Senator", "late Senator")]
    [InlineData("President", "former President")]
    public void A_title_and_the_same_office_once_held_agree_in_one_story(string title, string held)
    {
        var ledger = new EntityLedger("person:okafor");
        ledger.Add("s1", "a1", "Herald", "a1", Titled(title));
        ledger.Add("s1", "a2", "Courier", "a2", Titled(held));

        ledger.View().Divergences.Should().BeEmpty("outlets keep the courtesy title of an office once held");
    }

    [Fact]
    public void A_surname_with_two_letters_swapped_is_a_slip_not_a_divergence()
    {
        var ledger = new EntityLedger("person:okafor");
        ledger.Add("s1", "a1", "Herald", "a1", Named("Ada Okiefor"));
        ledger.Add("s1", "a2", "Courier", "a2", Named("Ada Okeifor"));

        ledger.View().Divergences.Should().BeEmpty();
    }

    private static EntityMention Named(string name) =>
        Mention() with { Attributes = [new EntityAttribute("name", name, $"{name} spoke.")] };

    private static EntityMention Titled(string title) =>
        Mention() with { Attributes = [new EntityAttribute("title", title, $"{title} Ada Okafor spoke.")] };

    private static EntityMention Mention() => new("person:okafor", "Ada Okafor", EntityKind.Person, ["Okafor"], []);
}
