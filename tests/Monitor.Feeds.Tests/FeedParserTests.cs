using System.Diagnostics;
using System.Text;

namespace Monitor.Feeds.Tests;

public sealed class FeedParserTests
{
    private static FeedDocument Parse(string xml) => FeedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void Rss_items_carry_title_text_link_and_date()
    {
        var feed = Parse(FeedDocuments.Rss(("Prisoners freed", "https://wire.example/a?utm_source=x", "<p>250 <b>Venezuelans</b> returned.</p><p>Second &amp; last.</p>")));

        feed.Title.Should().Be("Test Wire");
        var item = feed.Items.Should().ContainSingle().Subject;
        item.Title.Should().Be("Prisoners freed");
        item.Text.Should().Be("250 Venezuelans returned.\n\nSecond & last.");
        item.Url.Should().Be("https://wire.example/a?utm_source=x");
        item.Published.Should().Be(new DateTimeOffset(2025, 7, 18, 14, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Atom_entries_carry_title_text_link_and_date()
    {
        var feed = Parse(FeedDocuments.Atom(("Exchange", "https://desk.example/e1", "<div>Americans <i>freed</i>.<script>alert(1)</script></div>")));

        var item = feed.Items.Should().ContainSingle().Subject;
        item.Text.Should().Be("Americans freed.");
        item.Url.Should().Be("https://desk.example/e1");
        item.Published.Should().Be(new DateTimeOffset(2025, 7, 19, 9, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void An_item_becomes_an_article_whose_url_is_its_link()
    {
        var item = Parse(FeedDocuments.Rss(("T", "https://wire.example/story/1", "Body text."))).Items[0];

        var article = item.ToArticle("wire.example").Article!;

        article.Url.Should().Be("https://wire.example/story/1");
        article.Source.Should().Be("wire.example");
        article.Text.Should().Be("Body text.");
        article.Id.Should().Be(item.ToArticle("other").Article!.Id, "the id comes from the link, not from the feed");
    }

    [Fact]
    public void A_feed_with_a_doctype_still_parses_and_its_dtd_is_never_fetched()
    {
        using var server = new FeedServer();
        var dtd = server.Serve("rss.dtd", "<!ENTITY evil \"x\">");

        var feed = Parse(FeedDocuments.ExternalDtd(dtd));

        feed.Items.Should().ContainSingle().Which.Text.Should().Be("Text behind a DOCTYPE.");
        server.RequestsTo("rss.dtd").Should().Be(0);
    }

    [Fact]
    public void A_billion_laughs_document_is_refused_without_expanding()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var parse = () => Parse(FeedDocuments.BillionLaughs());

        parse.Should().Throw<FeedFormatException>();
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(50_000_000, "no entity was expanded");
    }

    [Fact]
    public void An_external_entity_is_refused_and_neither_the_file_nor_the_network_is_read()
    {
        using var server = new FeedServer();
        var secret = Path.Combine(Path.GetTempPath(), $"monitor-secret-{Guid.NewGuid():n}.txt");
        File.WriteAllText(secret, "TOP-SECRET-MARKER");
        try
        {
            var local = () => Parse(FeedDocuments.ExternalEntity(new Uri(secret).AbsoluteUri));
            var remote = () => Parse(FeedDocuments.ExternalEntity(server.Serve("leak.txt", "REMOTE-MARKER")));

            local.Should().Throw<FeedFormatException>().Which.ToString().Should().NotContain("TOP-SECRET-MARKER");
            remote.Should().Throw<FeedFormatException>().Which.ToString().Should().NotContain("REMOTE-MARKER");
            server.RequestsTo("leak.txt").Should().Be(0);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<html><body>a page</body></html>")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>cut")]
    public void What_is_not_a_feed_is_a_feed_format_error(string document)
    {
        var parse = () => Parse(document);

        parse.Should().Throw<FeedFormatException>();
    }

    [Fact]
    public void A_bad_date_or_link_costs_the_item_its_date_not_the_feed()
    {
        var xml = FeedDocuments.Rss(("Kept", "not a url", "Text.")).Replace("Fri, 18 Jul 2025 14:00:00 GMT", "yesterday-ish", StringComparison.Ordinal);

        var item = Parse(xml).Items.Should().ContainSingle().Subject;

        item.Published.Should().BeNull();
        item.Url.Should().BeNull();
    }
}
