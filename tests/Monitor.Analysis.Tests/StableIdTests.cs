namespace Monitor.Analysis.Tests;

/// <summary>Ids are stored in logs and sent to subscribers: the same text must keep its id from one version to the next.</summary>
public sealed class StableIdTests
{
    [Fact]
    public void A_divergence_id_is_the_first_six_bytes_of_its_slot_s_sha_256()
    {
        DivergenceId.For("count: prisoners").Should().Be("d-5f7b9181a59d");
    }

    [Fact]
    public void A_story_opened_by_an_article_is_named_after_the_article()
    {
        var clusterer = new StoryClusterer();
        var analyzer = new ArticleAnalyzer();
        var article = analyzer.Analyze(new ArticleInput("a-1", "Herald", "Mayor opens bridge", "Mayor Pavotirek Susamelon opened the bridge on Tuesday."));

        clusterer.Assign(article.Id, article.Signature).StoryId.Should().Be("s-2f8fe63a6224");
    }
}
