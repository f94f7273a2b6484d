namespace Monitor.Analysis.Tests;

public sealed class StorySignatureTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Figures_are_terms_and_weigh_more_than_a_word_named_as_often()
    {
        var terms = Analyzer.Analyze(new ArticleInput("a1", "outlet", "Weekly applications rose to 612,000",
            "Applications for permits rose to 612,000 last week, from 598,500 the week before. Furloughs ended in 9 states.")).Signature.Terms
            .ToDictionary(t => t.Term, t => t.Weight);

        terms.Should().ContainKeys("612,000", "598,500");
        terms["598,500"].Should().BeGreaterThan(terms["furlough"], "a figure names one week's news; a word named as often less so");
        terms["612,000"].Should().BeGreaterThan(terms["598,500"], "the headline's figure counts three times more");
        terms.Should().NotContainKey("9", "a single digit tells nothing apart");
    }

    [Theory]
    [InlineData("https://paper.example/opinion/2026/03/01/the-levee-failed", "The levee failed us all")]
    [InlineData("https://paper.example/columns/the-levee-failed", "The levee failed us all")]
    [InlineData("https://paper.example/news/levee-failed-opinion-1234", "The levee failed us all")]
    [InlineData(null, "Opinion: The levee failed us all")]
    [InlineData(null, "Editorial | Rebuild the levee")]
    [InlineData(null, "Why the levee failed, and who should pay")]
    [InlineData(null, "Don't rebuild the levee where it stood")]
    public void An_opinion_piece_is_known_by_its_address_label_or_argued_headline(string? url, string title) =>
        Analyzer.Analyze(new ArticleInput("a1", "outlet", title, "The river rose over the levee on Sunday.", url)).Signature.Opinion.Should().BeTrue();

    [Theory]
    [InlineData("https://paper.example/news/2026/03/01/levee-fails", "Levee fails as river rises")]
    [InlineData("https://paper.example/us/operation-levee", "Mayor says the levee should be rebuilt")]
    [InlineData(null, "‘Do not come back’: mayor warns residents as levee fails")]
    [InlineData(null, "Opinions split on rebuilding the levee")]
    public void A_news_report_is_not_an_opinion_piece(string? url, string title) =>
        Analyzer.Analyze(new ArticleInput("a1", "outlet", title, "The river rose over the levee on Sunday.", url)).Signature.Opinion.Should().BeFalse();
}
