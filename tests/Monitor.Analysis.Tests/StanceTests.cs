namespace Monitor.Analysis.Tests;

/// <summary>
/// The stances a ledger keeps as articles arrive, checked against a ledger that counts them once at the
/// end, and the stances it reports as moved against the difference of two full readings.
/// </summary>
public sealed class StanceTests
{
    // Values that turn for or against a leader: "twelve" shares the key of "12" but not its range, so
    // which of the two a value shows (its smallest article id's) decides whether "about 10" agrees with it.
    private static readonly ClaimValue[] Counts =
    [
        new("12", "12", 12, 12),
        new("twelve", "12", 11, 13),
        new("about 10", "about 10", 8, 11),
        new("40", "40", 40, 40),
        new("dozens", "dozens", 24, 144),
    ];

    private static readonly ClaimValue[] Titles =
    [
        new("president", "president", Family: "president"),
        new("former president", "former president", Family: "president"),
        new("former president", "former president", Family: "senate"),
        new("senator", "senator", Family: "senate"),
    ];

    [Fact]
    public void A_value_shown_anew_turns_all_its_sources_for_or_against_the_leader()
    {
        var ledger = new ClaimLedger();
        ledger.Add(new ArticleClaims("a5", "Daily", "k5", [Count(Counts[0])]));
        ledger.Add(new ArticleClaims("a6", "Herald", "k6", [Count(Counts[0])]));
        ledger.Add(new ArticleClaims("a7", "Post", "k7", [Count(Counts[0])]));
        ledger.Add(new ArticleClaims("a8", "Wire", "k8", [Count(Counts[2])]));
        ledger.Add(new ArticleClaims("a9", "Times", "k9", [Count(Counts[2])]));
        ledger.WatchStances();

        // The smallest id now says "twelve" (11 to 13), which "about 10" (8 to 11) agrees with.
        ledger.Add(new ArticleClaims("a1", "Gazette", "k1", [Count(Counts[1])]));

        ledger.MovedStances().Should().Equal(
            new SourceStance("Gazette", 1, 1, 6),
            new SourceStance("Times", 1, 1, 6),
            new SourceStance("Wire", 1, 1, 6));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Stances_kept_along_the_way_match_a_ledger_that_counts_them_once(int seed)
    {
        var random = new Random(seed);
        var ledger = new ClaimLedger();
        var articles = new List<ArticleClaims>();
        for (var i = 0; i < 600; i++)
        {
            var article = RandomArticle(random);
            articles.Add(article);
            var before = ledger.Stances();
            ledger.WatchStances();
            ledger.Add(article);
            // A second article between two readings now and then: the stances of both are counted at once.
            if (random.Next(3) == 0)
            {
                var another = RandomArticle(random);
                articles.Add(another);
                ledger.Add(another);
            }

            ledger.MovedStances().Should().Equal(Moved(before, ledger.Stances(), ledger.ArticleCount), "after article {0}", i);
        }

        var afresh = new ClaimLedger();
        foreach (var article in articles)
        {
            afresh.Add(article);
        }
        ledger.Stances().Should().Equal(afresh.Stances());
    }

    private static Claim Count(ClaimValue value) => new("count", ClaimKind.Quantity, value, $"They counted {value.Text}.");

    private static ArticleClaims RandomArticle(Random random)
    {
        var claims = new List<Claim>();
        for (var slot = 0; slot < 3; slot++)
        {
            if (random.Next(3) > 0)
            {
                // Half the claims say 12 one way or another, so a slot often has a leader.
                var value = random.Next(2) == 0 ? Counts[random.Next(2)] : Counts[random.Next(Counts.Length)];
                claims.Add(new Claim($"count {slot}", ClaimKind.Quantity, value, $"quote {random.Next(8)}"));
            }
        }
        if (random.Next(2) == 0)
        {
            claims.Add(new Claim("title of Okafor", ClaimKind.Title, Titles[random.Next(Titles.Length)], $"quote {random.Next(8)}"));
        }
        return new ArticleClaims($"a{random.Next(100_000):00000}", $"outlet {random.Next(30)}", $"k{random.Next(300)}", claims);
    }

    /// <summary>What moved from one full reading to the next: new or changed stances, then those that ended.</summary>
    private static List<SourceStance> Moved(IReadOnlyList<SourceStance> before, IReadOnlyList<SourceStance> after, int version)
    {
        var was = before.ToDictionary(s => s.Source, s => (s.Agrees, s.Total), StringComparer.Ordinal);
        var now = after.ToDictionary(s => s.Source, s => (s.Agrees, s.Total), StringComparer.Ordinal);
        var changed = after.Where(s => was.GetValueOrDefault(s.Source) != (s.Agrees, s.Total));
        var ended = was.Keys.Where(s => !now.ContainsKey(s)).Order(StringComparer.Ordinal).Select(s => new SourceStance(s, 0, 0, version));
        return [.. changed, .. ended];
    }
}
