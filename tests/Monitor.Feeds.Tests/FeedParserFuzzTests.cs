using System.Text;

namespace Monitor.Feeds.Tests;

/// <summary>Random and mutated documents: the parser returns a feed or throws a FeedFormatException, nothing else.</summary>
public sealed class FeedParserFuzzTests
{
    [Fact]
    public void Ten_thousand_random_and_mutated_documents_never_escape_as_another_exception()
    {
        var random = new Random(7);
        var seeds = new[]
        {
            FeedDocuments.Rss(("A title", "https://wire.example/a", "<p>Some <b>text</b> &amp; more.</p>"), ("B", "https://wire.example/b", "x")),
            FeedDocuments.Atom(("Entry", "https://desk.example/e", "<div>Atom text</div>")),
            FeedDocuments.BillionLaughs(),
            FeedDocuments.ExternalEntity("file:///etc/passwd"),
        }.Select(Encoding.UTF8.GetBytes).ToArray();
        var parsed = 0;

        for (var i = 0; i < 10_000; i++)
        {
            var body = i % 5 == 0 ? RandomBytes(random) : Mutate(random, seeds[random.Next(seeds.Length)]);
            try
            {
                FeedParser.Parse(new MemoryStream(body));
                parsed++;
            }
            catch (FeedFormatException)
            {
            }
        }

        parsed.Should().BeGreaterThan(0, "some mutations keep the document a feed");
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 512)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = seed.ToList();
        for (var n = random.Next(1, 6); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 40))); break;
                case 2: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)])); break;
                default: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 60)))); break;
            }
        }
        return bytes.ToArray();
    }

    private static readonly string[] Fragments =
        ["<", ">", "&", "&lol9;", "]]>", "<![CDATA[", "<item>", "</item>", "<pubDate>32 Foo 99999</pubDate>", "<link>::</link>", "\0", "\uFFFF", "<!DOCTYPE x>", "&#xD800;", "<script>"];
}
