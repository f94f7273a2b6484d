using Monitor.Analysis;
using Monitor.Contracts;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>The entity page (aliases, stories, name divergences) and the source page (articles, agreement).</summary>
[Collection(DashboardCollection.Name)]
public sealed class EntityAndSourcePageTests(MonitorHostFixture host, BrowserFixture browser)
{
    [Fact]
    public async Task The_entity_page_shows_aliases_stories_and_a_name_divergence_side_by_side()
    {
        var key = "person:rubio-" + Guid.NewGuid().ToString("N")[..8];
        var entity = host.Grains.GetGrain<IEntityGrain>(key);
        await entity.AddMentions([Mention("s-one", "a1", "alpha", "Marco Rubio")]);
        await entity.AddMentions([Mention("s-two", "a2", "beta", "Marc Rubio")]);

        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/entity/{Uri.EscapeDataString(key)}");

        await Expect(page.Locator("main h1")).ToContainTextAsync("Marc");
        await Expect(page.Locator("main .chips .chip")).ToContainTextAsync(["Rubio"]);
        await Expect(page.Locator("main ul.links li")).ToHaveTextAsync(["s-one", "s-two"]);
        await Expect(page.Locator(".divergence .side .value")).ToHaveTextAsync(["Marc Rubio", "Marco Rubio"]);
        await Expect(page.Locator(".divergence .side blockquote")).ToHaveTextAsync(["Secretary Marc Rubio spoke.", "Secretary Marco Rubio spoke."]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_open_entity_page_follows_its_entity_live_from_the_entity_topic()
    {
        var key = "person:rubio-" + Guid.NewGuid().ToString("N")[..8];
        var entity = host.Grains.GetGrain<IEntityGrain>(key);
        await entity.AddMentions([Mention("s-one", "a1", "alpha", "Marco Rubio")]);
        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/entity/{Uri.EscapeDataString(key)}");
        await Expect(page.Locator("main ul.links li")).ToHaveTextAsync(["s-one"]);

        await entity.AddMentions([Mention("s-two", "a2", "beta", "Marco Rubio")]);

        await Expect(page.Locator("main .facts")).ToContainTextAsync("2 articles");
        await Expect(page.Locator("main ul.links li")).ToHaveTextAsync(["s-one", "s-two"]);
        (await AllChangesAsync()).Should().NotContain(c => c.Kind == ChangeKinds.EntityUpdated, "an entity's counts go to its own topic");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_source_page_lists_its_articles_by_title_and_time_and_its_agreement()
    {
        var article = TestArticle.Fresh();
        await host.PostAsync(article);

        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/source/{article.Source}");

        await Expect(page.Locator("main h1")).ToHaveTextAsync(article.Source);
        var listed = page.Locator("main .source-articles li");
        await Expect(listed).ToHaveCountAsync(1);
        await Expect(listed.Locator(".headline")).ToHaveTextAsync(article.Title);
        await Expect(listed.Locator("time")).ToBeVisibleAsync();
        await Expect(listed).ToHaveAttributeAsync("data-article", article.Id);
        await Expect(page.Locator("main .agreement .value")).ToHaveTextAsync("0%");
        await page.Context.CloseAsync();
    }

    private async Task<List<Change>> AllChangesAsync()
    {
        var feed = host.Grains.GetGrain<IChangeFeedGrain>(0);
        var changes = new List<Change>();
        for (var page = await feed.Read(Topics.All, 0, 1000); page.Count > 0; page = await feed.Read(Topics.All, page[^1].Sequence, 1000))
        {
            changes.AddRange(page);
        }
        return changes;
    }

    private static MentionInStory Mention(string story, string article, string source, string name) =>
        new(story, article, source, article, new EntityMention(
            "person:rubio", name, EntityKind.Person, [name, "Rubio"],
            [new EntityAttribute("name", name, $"Secretary {name} spoke.")]));
}
