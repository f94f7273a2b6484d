namespace Monitor.Analysis.Tests;

public sealed class ClaimRuleTests
{
    private static IReadOnlyList<Claim> Claims(string text) =>
        new ArticleAnalyzer().Analyze(new ArticleInput("a1", "outlet", "", text)).Claims;

    [Fact]
    public void A_count_of_people_with_its_verb_is_a_specific_slot()
    {
        Claims("Rebels freed 40 Kenyan hostages on Sunday.")
            .Should().Contain(c => c.Slot == "number of Kenyans released" && c.Value.Low == 40 && c.Quote == "Rebels freed 40 Kenyan hostages on Sunday.");
    }

    [Fact]
    public void A_count_without_a_people_noun_is_no_claim()
    {
        Claims("The company released 40 products last year.").Should().NotContain(c => c.Kind == ClaimKind.Quantity && c.Context == null);
    }

    [Fact]
    public void Prisoners_held_in_a_country_give_their_nationality()
    {
        Claims("Three Canadian citizens held in Iran were released.")
            .Should().Contain(c => c.Slot == "nationality of prisoners held in Iran" && c.Value.Text == "Canada");
    }

    [Fact]
    public void A_single_administration_is_an_attribution()
    {
        Claims("The plan was drafted by the Obama administration.")
            .Should().Contain(c => c.Kind == ClaimKind.Attribution && c.Value.Text == "Obama administration");
    }

    [Fact]
    public void A_party_before_administration_names_no_head()
    {
        Claims("Critics said the incoming Republican administration would scrap the harbour plan.")
            .Should().NotContain(c => c.Kind == ClaimKind.Attribution);
    }

    [Fact]
    public void An_administration_is_one_value_whether_its_head_is_named_in_full_or_by_surname()
    {
        static Claim Administration(string text) => Claims(text).Single(c => c.Kind == ClaimKind.Attribution);

        var inFull = Administration("President Ada Okafor spoke on Monday. Critics faulted the Okafor administration for the delay.");
        var bySurname = Administration("Critics faulted the Okafor administration for the delay.");

        inFull.Value.Key.Should().Be(bySurname.Value.Key);
        inFull.Value.IsCompatibleWith(bySurname.Value).Should().BeTrue();
    }

    [Fact]
    public void Two_administrations_of_one_country_in_one_article_are_history_not_a_claim()
    {
        Claims("The Bush administration began it and the Obama administration ended it.")
            .Should().NotContain(c => c.Kind == ClaimKind.Attribution);
    }
}
