namespace Monitor.Analysis.Tests;

public sealed class StoryPeopleTests
{
    [Fact]
    public void A_lone_surname_is_filed_under_the_one_full_name_the_story_gives()
    {
        var people = new StoryPeople();
        Take(people, "a1", "person:ada.okafor", "place:nigeria");

        Take(people, "a2", "person:okafor", "entity:okafor").Keys.Should().Equal("person:ada.okafor", "entity:okafor");
    }

    [Fact]
    public void A_lone_surname_before_the_full_name_waits_for_it()
    {
        var people = new StoryPeople();
        Take(people, "a1", "person:okafor", "place:nigeria").Keys.Should().Equal(null, "place:nigeria");

        var update = Take(people, "a2", "person:ada.okafor");

        update.Released.Should().ContainSingle().Which.Should().Match<HeldMention>(h => h.ArticleId == "a1" && h.Mention.Key == "person:ada.okafor");
    }

    [Fact]
    public void A_surname_two_people_of_the_story_share_stands_for_neither()
    {
        var people = new StoryPeople();
        Take(people, "a1", "person:ada.okafor");
        Take(people, "a2", "person:chidi.okafor", "person:ada.okafor");

        Take(people, "a3", "person:okafor").Keys.Should().Equal([null]);
    }

    [Fact]
    public void A_father_and_his_son_junior_are_two_people_of_one_surname()
    {
        var people = new StoryPeople();
        Take(people, "a1", "person:paul.dunmore.jr", "person:paul.dunmore");

        Take(people, "a2", "person:dunmore").Keys.Should().Equal([null]);
    }

    private static StoryPeopleUpdate Take(StoryPeople people, string article, params string[] keys) =>
        people.Add(article, "outlet", article, keys, [.. keys.Where(StoryPeople.IsLoneSurname).Select(k => new EntityMention(k, "Okafor", EntityKind.Person, ["Okafor"], []))]);
}
