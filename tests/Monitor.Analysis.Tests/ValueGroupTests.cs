namespace Monitor.Analysis.Tests;

/// <summary>A value group keeps in order only what a change shows; checked against its claims put in order afresh.</summary>
public sealed class ValueGroupTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(7, 400)]
    [InlineData(42, 2_000)]
    public void What_a_side_shows_is_what_its_claims_in_article_order_give(int seed, int articles)
    {
        var random = new Random(seed);
        var group = new ValueGroup(new ClaimValue("12", "12", 12, 12), ClaimKind.Quantity);
        var added = new List<(string Article, string Source, string Quote, string Text)>();
        foreach (var id in Enumerable.Range(0, articles).Select(i => $"a{i:00000}").OrderBy(_ => random.Next()))
        {
            var (source, quote, text) = ($"outlet {random.Next(40)}", $"quote {random.Next(9)}", random.Next(2) == 0 ? "12" : "twelve");
            added.Add((id, source, quote, text));
            group.Add(new ArticleClaims(id, source, "k" + id, []), new Claim("count", ClaimKind.Quantity, new ClaimValue(text, "12", 12, 12), quote));
        }

        var inOrder = added.OrderBy(a => a.Article, StringComparer.Ordinal).ToList();
        var side = group.ToSide();
        side.Value.Should().Be(inOrder[0].Text, "the smallest article id shows the value");
        side.Articles.Should().Equal(inOrder.Select(a => a.Article));
        side.Sources.Should().Equal(added.Select(a => a.Source).Distinct().Order(StringComparer.Ordinal));
        side.Quotes.Should().Equal(inOrder.Select(a => a.Quote).Distinct().Take(5));
        group.ToSide(ClaimLedger.MaxArticlesInChange).Articles.Should().Equal(side.Articles.Take(ClaimLedger.MaxArticlesInChange));
        group.ToConsensus("count", 3).Articles.Should().Equal(side.Articles.Take(3));
        group.WouldShowValueOf(inOrder[0].Article).Should().BeFalse();
    }

    [Fact]
    public void An_article_with_two_claims_of_one_value_counts_once_keeps_its_first_quote_and_shows_its_last_text()
    {
        var group = new ValueGroup(new ClaimValue("12", "12", 12, 12), ClaimKind.Quantity);
        var article = new ArticleClaims("a1", "Daily", "k1", []);
        group.Add(article, new Claim("count", ClaimKind.Quantity, new ClaimValue("12", "12", 12, 12), "first"));
        group.Add(article, new Claim("count", ClaimKind.Quantity, new ClaimValue("twelve", "12", 12, 12), "second"));

        group.ArticleCount.Should().Be(1);
        group.ToSide().Should().BeEquivalentTo(new SideView("twelve", ["a1"], ["Daily"], ["first"]));
    }
}
