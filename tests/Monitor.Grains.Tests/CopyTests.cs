using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;
using Orleans.Serialization;

namespace Monitor.Grains.Tests;

/// <summary>What crosses a grain call inside a silo: the analyser's output as is, everything else copied.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CopyTests(ClusterFixture fixture)
{
    [Fact]
    public void An_analysed_article_is_shared_and_a_view_is_copied()
    {
        var copier = fixture.Cluster.Client.ServiceProvider.GetRequiredService<DeepCopier>();
        var article = new ArticleAnalyzer().Analyze(Articles.Fresh());
        var view = new StoryView("s", "t", ["a"], ["x"], [], []);

        copier.Copy(article).Should().BeSameAs(article);
        copier.Copy(article.Signature).Should().BeSameAs(article.Signature);
        var copied = copier.Copy(view);
        copied.Should().NotBeSameAs(view).And.BeEquivalentTo(view);
    }
}
