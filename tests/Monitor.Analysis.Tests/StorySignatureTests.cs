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
}
