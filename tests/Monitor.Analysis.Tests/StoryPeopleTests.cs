namespace Monitor.Analysis.Tests;

public sealed class StoryPeopleTests
{
    [Fact]
    public void A_lone_surname_stands_for_the_one_full_name_the_story_gives()
    {
        var people = new StoryPeople();
        people.Add(["person:ada.okafor", "place:nigeria"]);

        people.Resolve(["person:okafor", "person:lindqvist", "entity:okafor"])
            .Should().Equal("person:ada.okafor", "person:lindqvist", "entity:okafor");
    }

    [Fact]
    public void A_surname_two_people_of_the_story_share_stands_for_neither()
    {
        var people = new StoryPeople();
        people.Add(["person:ada.okafor"]);
        people.Add(["person:chidi.okafor", "person:ada.okafor"]);

        people.Resolve(["person:okafor"]).Should().Equal("person:okafor");
    }

    [Fact]
    public void A_father_and_his_son_junior_are_two_people_of_one_surname()
    {
        var people = new StoryPeople();
        people.Add(["person:paul.dunmore.jr", "person:paul.dunmore"]);

        people.Resolve(["person:dunmore"]).Should().Equal("person:dunmore");
    }
}
