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

    [Fact]
    public void A_long_given_name_one_slip_away_is_filed_under_the_spelling_the_story_met_first()
    {
        var people = new StoryPeople();
        Take(people, "a1", "person:rosalinda.okafor");

        Take(people, "a2", "person:rosalida.okafor").Keys.Should().Equal("person:rosalinda.okafor");
        Take(people, "a3", "person:okafor").Keys.Should().Equal(["person:rosalinda.okafor"], "the slip is no second person of the surname");
        people.Filed(["person:rosalida.okafor"]).Should().Equal("person:rosalinda.okafor");
    }

    [Theory]
    [InlineData("person:gabriel.okafor", "person:gabriela.okafor")]
    [InlineData("person:antonio.okafor", "person:antonia.okafor")]
    [InlineData("person:maria.okafor", "person:mario.okafor")]
    [InlineData("person:rosalinda.okafor", "person:rosalinda.okafo")]
    public void Names_one_letter_apart_at_an_end_or_short_stay_two_people(string first, string second)
    {
        var people = new StoryPeople();
        Take(people, "a1", first);

        Take(people, "a2", second).Keys.Should().Equal(second);
    }

    [Fact]
    public void Two_near_spellings_one_article_names_together_are_two_people()
    {
        var people = new StoryPeople();
        Take(people, "a1", "person:rosalinda.okafor");

        Take(people, "a2", "person:rosalida.okafor", "person:rosalinda.okafor").Keys.Should().Equal("person:rosalida.okafor", "person:rosalinda.okafor");
    }

    [Fact]
    public void A_middle_the_story_meets_alone_keeps_the_plain_key()
    {
        var people = new StoryPeople();

        Take(people, "a1", "person:ada.okafor~n").Keys.Should().Equal("person:ada.okafor");
        Take(people, "a2", "person:ada.okafor").Keys.Should().Equal("person:ada.okafor");
        Take(people, "a3", "person:ada.okafor~n", "person:okafor").Keys.Should().Equal("person:ada.okafor", "person:ada.okafor");
    }

    [Fact]
    public void A_second_middle_of_one_name_is_a_second_person_and_the_first_keeps_the_plain_key()
    {
        var people = new StoryPeople();
        Take(people, "a1", "person:ada.okafor~n");

        Take(people, "a2", "person:ada.okafor~mn").Keys.Should().Equal("person:ada.okafor~mn");
        Take(people, "a3", "person:ada.okafor~n").Keys.Should().Equal("person:ada.okafor");
        Take(people, "a4", "person:ada.okafor").Keys.Should().Equal(["person:ada.okafor"], "a name without a middle is the person met first");
        Take(people, "a5", "person:okafor").Keys.Should().Equal([null], "the surname is two people's");
        people.Filed(["person:ada.okafor~mn", "person:ada.okafor~n"]).Should().Equal("person:ada.okafor~mn", "person:ada.okafor");
    }

    [Fact]
    public void Names_with_middles_are_grouped_alike_whatever_the_order_articles_arrive_in()
    {
        string[][] articles = [["person:ada.okafor~n"], ["person:ada.okafor~mn", "person:ada.okafor~n"], ["person:ada.okafor~mn"], ["person:ada.okafor~n"]];
        int[][] orders = [[0, 1, 2, 3], [2, 3, 1, 0], [1, 0, 3, 2], [3, 2, 0, 1]];

        var groupings = orders.Select(order =>
        {
            var people = new StoryPeople();
            var filed = new Dictionary<(int, int), string?>();
            foreach (var a in order)
            {
                var keys = Take(people, $"a{a}", articles[a]).Keys;
                for (var i = 0; i < keys.Count; i++)
                {
                    filed[(a, i)] = keys[i];
                }
            }
            // Who is with whom: each mention's fellows, not the key they happen to share.
            return string.Join(" ", filed.OrderBy(f => f.Key).Select(f => string.Join(",", filed.Where(g => g.Value == f.Value).Select(g => g.Key).Order())));
        }).ToList();

        groupings.Distinct().Should().ContainSingle();
        groupings[0].Should().Contain("(0, 0),(1, 1),(3, 0)");
    }

    private static StoryPeopleUpdate Take(StoryPeople people, string article, params string[] keys) =>
        people.Add(article, "outlet", article, keys, [.. keys.Where(StoryPeople.IsLoneSurname).Select(k => new EntityMention(k, "Okafor", EntityKind.Person, ["Okafor"], []))]);
}
