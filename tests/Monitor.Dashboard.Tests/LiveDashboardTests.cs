using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>The dashboard in a real browser: live updates, third-party text as text, catch-up after a cut.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LiveDashboardTests(MonitorHostFixture host, BrowserFixture browser)
{
    [Fact]
    public async Task A_posted_article_appears_in_the_story_list_without_a_reload()
    {
        var page = await browser.OpenDashboardAsync(host.BaseAddress);
        var article = TestArticle.Fresh();
        var loads = 0;
        page.Load += (_, _) => loads++;

        var storyId = await host.PostAsync(article);

        var row = page.Locator($"#stories tr[data-story='{storyId}']");
        await Expect(row.Locator("td.title")).ToHaveTextAsync(article.Title);
        await Expect(row.Locator("td[data-label='Articles']")).ToHaveTextAsync("1");
        loads.Should().Be(0, "the row came over the live connection");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    // The engine drops tags and then decodes entities, so an escaped title is stored as live markup.
    [InlineData("&lt;img src=x onerror=alert(1)&gt;")]
    public async Task An_article_title_made_of_markup_shows_as_text_and_runs_nothing(string title)
    {
        var page = await browser.OpenDashboardAsync(host.BaseAddress);
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };

        var storyId = await host.PostAsync(TestArticle.Fresh(title: title));
        var stored = await host.StoryTitleAsync(storyId);

        var shown = string.IsNullOrEmpty(stored) ? storyId : stored;
        await Expect(page.Locator($"#stories tr[data-story='{storyId}'] td.title")).ToHaveTextAsync(shown);
        await Expect(page.Locator("#stories img")).ToHaveCountAsync(0);
        await page.GotoAsync($"/#/story/{storyId}");
        await Expect(page.Locator("main li.article .headline")).ToHaveTextAsync(stored);
        await Expect(page.Locator("main h1")).ToHaveTextAsync(stored);
        await Expect(page.Locator("main img")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<bool>("() => document.querySelectorAll('[onerror]').length === 0")).Should().BeTrue();
        dialogs.Should().BeEmpty();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Markup_that_reaches_the_stored_title_is_shown_verbatim()
    {
        var page = await browser.OpenDashboardAsync(host.BaseAddress);

        var storyId = await host.PostAsync(TestArticle.Fresh(title: "&lt;img src=x onerror=alert(1)&gt;"));

        (await host.StoryTitleAsync(storyId)).Should().Be("<img src=x onerror=alert(1)>", "this is the case the page must defuse");
        await Expect(page.Locator($"#stories tr[data-story='{storyId}'] td.title")).ToHaveTextAsync("<img src=x onerror=alert(1)>");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_change_made_while_the_connection_is_down_appears_after_it_comes_back()
    {
        var page = await browser.OpenDashboardAsync(host.BaseAddress);
        await page.EvaluateAsync("() => window.monitor.stop()");
        await Expect(page.Locator("#connection[data-state='offline']")).ToBeVisibleAsync();
        var before = await page.EvaluateAsync<long>("() => window.monitor.lastSequence");

        var storyId = await host.PostAsync(TestArticle.Fresh());
        var row = page.Locator($"#stories tr[data-story='{storyId}']");
        await Expect(row).ToHaveCountAsync(0);

        await page.EvaluateAsync("() => window.monitor.start()");

        await Expect(row).ToBeVisibleAsync();
        await Expect(page.Locator("#connection[data-state='connected']")).ToBeVisibleAsync();
        (await page.EvaluateAsync<long>("() => window.monitor.lastSequence")).Should().BeGreaterThan(before);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_story_page_shows_a_second_source_as_it_arrives()
    {
        var first = TestArticle.Fresh();
        var storyId = await host.PostAsync(first);
        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/story/{storyId}");
        await Expect(page.Locator("main h1")).ToHaveTextAsync(first.Title);
        await Expect(page.Locator("main li.article")).ToHaveCountAsync(1);

        var second = first.Retold("wire-second");
        (await host.PostAsync(second)).Should().Be(storyId, "the retold article is about the same event");

        await Expect(page.Locator("main li.article")).ToHaveCountAsync(2);
        await Expect(page.Locator($"main li.article[data-article='{second.Id}'] a.source")).ToHaveTextAsync("wire-second");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_dashboard_is_served_with_a_content_security_policy()
    {
        using var response = await host.Http.GetAsync("/");

        response.Headers.GetValues("Content-Security-Policy").Single()
            .Should().Contain("script-src 'self'").And.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Fact]
    public async Task The_story_list_fits_a_phone_screen()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
        });
        var page = await context.NewPageAsync();
        var storyId = await host.PostAsync(TestArticle.Fresh());
        await page.GotoAsync("/");
        await Expect(page.Locator($"#stories tr[data-story='{storyId}']")).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        overflow.Should().BeLessThanOrEqualTo(0, "nothing should scroll sideways at a phone's width");
        await context.CloseAsync();
    }
}
