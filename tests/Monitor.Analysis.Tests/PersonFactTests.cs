using static Monitor.Analysis.Tests.OneSentenceArticles;

namespace Monitor.Analysis.Tests;

public sealed class PersonFactTests
{
    private static List<Claim> Facts(string text, string slot) =>
        [.. Analyzer.Analyze(new ArticleInput("a1", "outlet", "", text)).Claims.Where(c => c.Slot == slot)];

    [Theory]
    [InlineData("On Tuesday, Tom Ruiz, 43, said he would run for the board.")]
    [InlineData("On Tuesday, Tom Ruiz, who is 43, said he would run for the board.")]
    [InlineData("On Tuesday, Tom Ruiz, a 43-year-old father of five, said he would run for the board.")]
    public void An_age_beside_a_name_is_that_persons_age(string sentence)
    {
        var age = Facts(sentence, PersonFacts.AgeSlot).Should().ContainSingle().Subject;

        age.Value.Text.Should().Be("Tom Ruiz, 43");
        age.Value.Point.Should().Be(43);
        age.Value.Family.Should().Be(PersonName.Key("Tom Ruiz"));
    }

    [Theory]
    [InlineData("The statement came from Ruiz's attorney, Ann Holt, on Friday.", "Ann Holt, Ruiz's attorney", "lawyer")]
    [InlineData("On Friday, Ann Holt, the campaign's spokeswoman, denied it.", "Ann Holt, the campaign's spokeswoman", "spokesperson")]
    [InlineData("The debate was calm, and campaign spokeswoman Ann Holt said so.", "Ann Holt, spokeswoman", "spokesperson")]
    [InlineData("On Friday, Ann Holt was the moderator.", "Ann Holt, the moderator", "moderator")]
    [InlineData("On Friday, Ann Holt is a seven-term congresswoman from the north.", "Ann Holt, a seven-term congresswoman from the north", "lawmaker")]
    public void A_role_told_beside_or_of_a_name_is_that_persons_role(string sentence, string text, string role)
    {
        var fact = Facts(sentence, PersonFacts.RoleSlot).Should().ContainSingle().Subject;

        fact.Kind.Should().Be(ClaimKind.Role);
        fact.Value.Text.Should().Be(text);
        fact.Value.Key.Should().Be(role);
        fact.Value.Family.Should().Be(PersonName.Key("Ann Holt"));
    }

    [Theory]
    [InlineData("On Friday, President Ann Holt said so.")]
    [InlineData("On Friday, Ann Holt, mentions neither the mayor nor the governor.")]
    [InlineData("On Friday, Ann Holt, the president's chief of staff, said so.")]
    public void A_title_a_clause_that_is_no_apposition_or_a_role_owned_by_another_is_no_role(string sentence) =>
        Facts(sentence, PersonFacts.RoleSlot).Should().BeEmpty();

    [Fact]
    public void Two_outlets_giving_one_person_one_role_are_a_consensus_and_two_roles_are_no_divergence()
    {
        var agree = Ledger(
            Article("a1", "Herald", "The statement came from Ruiz's attorney, Ann Holt, on Friday."),
            Article("a2", "Post", "On Friday, Ann Holt, a lawyer for Ruiz, said the charges were baseless."));
        agree.Consensus().Should().ContainSingle(c => c.Slot == PersonFacts.RoleSlot).Which.Sources.Should().Equal("Herald", "Post");

        var both = Ledger(
            Article("a1", "Herald", "The statement came from Ruiz's attorney, Ann Holt, on Friday."),
            Article("a2", "Post", "On Friday, Ann Holt, a former teacher, said the charges were baseless."));
        both.Divergences().Should().BeEmpty("a lawyer may have been a teacher");
    }

    [Fact]
    public void Two_outlets_giving_one_person_one_age_are_a_consensus_and_the_ages_of_two_people_are_not_compared()
    {
        Ledger(
            Article("a1", "Herald", "On Tuesday, Tom Ruiz, 43, said he would run for the board."),
            Article("a2", "Post", "Tom Ruiz, who is 43, told reporters on Tuesday he would run."))
            .Consensus().Should().ContainSingle(c => c.Slot == PersonFacts.AgeSlot).Which.Value.Should().Be("Tom Ruiz, 43");
        Ledger(
            Article("a1", "Herald", "On Tuesday, Tom Ruiz, 43, said he would run for the board."),
            Article("a2", "Post", "On Tuesday, Ann Holt, 44, said she would run for the board."))
            .Divergences().Should().BeEmpty();
    }
}
