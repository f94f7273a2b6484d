using System.Security;

namespace Monitor.Feeds.Tests;

/// <summary>Feed documents made by the tests: RSS 2.0, Atom, and the hostile ones.</summary>
public static class FeedDocuments
{
    public static string Rss(params (string Title, string Link, string Html)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Test Wire</title><link>https://wire.example/</link><description>d</description>
        {string.Concat(items.Select(i => $"<item><title>{SecurityElement.Escape(i.Title)}</title><link>{i.Link}</link><guid>{i.Link}</guid><pubDate>Fri, 18 Jul 2025 14:00:00 GMT</pubDate><description>{SecurityElement.Escape(i.Html)}</description></item>"))}
        </channel></rss>
        """;

    public static string Atom(params (string Title, string Link, string Html)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:test:atom</id><updated>2025-07-18T14:00:00Z</updated>
        {string.Concat(items.Select(i => $"<entry><title>{SecurityElement.Escape(i.Title)}</title><link rel=\"alternate\" href=\"{i.Link}\"/><id>{i.Link}</id><updated>2025-07-19T09:30:00Z</updated><content type=\"html\">{SecurityElement.Escape(i.Html)}</content></entry>"))}
        </feed>
        """;

    /// <summary>Ten levels of ten: a billion "lol"s if an entity were ever expanded.</summary>
    public static string BillionLaughs()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(n => $"<!ENTITY lol{n} \"{string.Concat(Enumerable.Repeat($"&lol{n - 1};", 10))}\">\n"));
        return $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [
            <!ENTITY lol0 "lol">
            {entities}]>
            <rss version="2.0"><channel><title>&lol9;</title><item><title>t</title><description>&lol9;</description></item></channel></rss>
            """;
    }

    public static string ExternalEntity(string systemId) => $"""
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "{systemId}"> ]>
        <rss version="2.0"><channel><title>x</title><item><title>Leak</title><description>&xxe;</description></item></channel></rss>
        """;

    public static string ExternalDtd(string dtdUrl) => $"""
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "{dtdUrl}">
        <rss version="2.0"><channel><title>x</title><item><title>With a DTD</title><link>https://wire.example/dtd</link><description>Text behind a DOCTYPE.</description></item></channel></rss>
        """;
}
