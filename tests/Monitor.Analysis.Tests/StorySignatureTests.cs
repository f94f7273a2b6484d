namespace Monitor.Analysis.Tests;

public sealed class StorySignatureTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Figures_are_terms_and_weigh_more_than_a_word_named_as_often()
    {
        var terms = Analyzer.Analyze(new ArticleInput("a1", "outlet", "Weekly claims rose to 373,000",
            "Claims for benefits rose to 373,000 last week, from 371,000 the week before. Furloughs ended in 9 states.")).Signature.Terms
            .ToDictionary(t => t.Term, t => t.Weight);

        terms.Should().ContainKeys("373,000", "371,000");
        terms["371,000"].Should().BeGreaterThan(terms["furlough"], "a figure names one week's news; a word named as often less so");
        terms["373,000"].Should().BeGreaterThan(terms["371,000"], "the headline's figure counts three times more");
        terms.Should().NotContainKey("9", "a single digit tells nothing apart");
    }
}
