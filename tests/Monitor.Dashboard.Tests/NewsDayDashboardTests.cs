using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Monitor.Dashboard.Tests.ClaimedStory;

namespace Monitor.Dashboard.Tests;

/// <summary>The story list and story page on a host holding a few hundred stories of a generated news day.</summary>
[Collection(NewsDayCollection.Name)]
public sealed class NewsDayDashboardTests(NewsDayFixture host, BrowserFixture browser)
{
    [Fact]
    public async Task Typing_a_word_narrows_the_list_to_the_matching_stories()
    {
        var page = await browser.OpenDashboardAsync(host.BaseAddress);
        var all = await TotalAsync("");
        all.Should().BeGreaterThan(150, "the news day tells a few hundred stories");
        await Expect(page.Locator("#story-count")).ToContainTextAsync($"{all} stories");

        await page.Locator("#q").PressSequentiallyAsync(NewsDay.Marker[..6].ToLowerInvariant());

        var matching = await IdsAsync("q=" + NewsDay.Marker[..6]);
        matching.Should().NotBeEmpty().And.HaveCountLessThan(all);
        await Expect(page.Locator("#stories tbody tr")).ToHaveCountAsync(matching.Count);
        foreach (var title in await page.Locator("#stories td.title").AllTextContentsAsync())
        {
            title.Should().Contain(NewsDay.Marker);
        }
        page.Url.Should().Contain("q=" + NewsDay.Marker[..6].ToLowerInvariant());
        await Screenshot(page, "story-list-search.png");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sorting_by_divergences_puts_the_story_with_most_first()
    {
        var outlet = "sorter-" + Guid.NewGuid().ToString("N")[..8];
        var none = await ClaimedAsync(outlet, 0);
        var two = await ClaimedAsync(outlet, 2);
        var one = await ClaimedAsync(outlet, 1);
        await host.CaughtUpAsync();
        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/?source={outlet}");
        var rows = page.Locator("#stories tbody tr");
        await Expect(rows).ToHaveCountAsync(3);

        await page.Locator("#sort").FocusAsync();
        await page.Locator("#sort").SelectOptionAsync("divergences");

        await Expect(rows.First).ToHaveAttributeAsync("data-story", two);
        await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-story", one);
        await Expect(rows.Nth(2)).ToHaveAttributeAsync("data-story", none);
        await Expect(rows.First.Locator("td[data-label='Divergences']")).ToHaveTextAsync("2");
        page.Url.Should().Contain("sort=divergences");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_story_posted_while_the_page_is_open_appears_where_its_sort_puts_it_without_a_reload()
    {
        var page = await browser.OpenDashboardAsync(host.BaseAddress, "#/?q=" + NewsDay.Marker);
        var before = await IdsAsync("q=" + NewsDay.Marker);
        await Expect(page.Locator("#stories tbody tr")).ToHaveCountAsync(before.Count);
        var loads = 0;
        page.Load += (_, _) => loads++;
        // Published between the marker stories: it belongs in the middle of a latest-first list, not on top.
        var published = NewsDay.Start.AddMinutes(17 * 120 + 5);

        var storyId = await PostAsync(new
        {
            id = "late-" + Guid.NewGuid().ToString("N")[..8],
            source = "late-wire",
            title = $"Ferry halted near {NewsDay.Marker} as Zubeko Tarnavi waits",
            text = $"Ferry halted near {NewsDay.Marker}. Zubeko Tarnavi waits with quorlin pastemi. Tarnavi expects vodrelli soon.",
            published,
        });

        before.Should().NotContain(storyId, "the late story is one of its own");
        var after = await IdsAsync("q=" + NewsDay.Marker);
        var place = after.IndexOf(storyId);
        place.Should().BeGreaterThan(0).And.BeLessThan(after.Count - 1, "its report falls between the others'");
        await Expect(page.Locator("#stories tbody tr").Nth(place)).ToHaveAttributeAsync("data-story", storyId);
        await Expect(page.Locator("#stories tbody tr")).ToHaveCountAsync(after.Count);
        loads.Should().Be(0, "the row came over the live connection");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Only_the_row_that_changed_flashes()
    {
        var outlet = "flash-" + Guid.NewGuid().ToString("N")[..8];
        var moving = new ClaimedStory(host.Grains);
        var still = new ClaimedStory(host.Grains);
        await moving.AddAsync(outlet, 1, Said("administration", "Trump", "The Trump administration."));
        await still.AddAsync(outlet, 2, Said("administration", "Trump", "The Trump administration."));
        await host.CaughtUpAsync();
        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/?source={outlet}");
        await Expect(page.Locator("#stories tbody tr")).ToHaveCountAsync(2);
        await page.EvaluateAsync("""
            () => {
              window.flashed = [];
              new MutationObserver(records => records.flatMap(r => [...r.addedNodes])
                .filter(n => n.classList?.contains("fresh")).forEach(n => window.flashed.push(n.dataset.story)))
                .observe(document.querySelector("#stories tbody"), { childList: true });
            }
            """);

        await moving.AddAsync(outlet + "-more", 3, Said("administration", "Trump", "Trump's team."));

        await Expect(page.Locator($"#stories tr[data-story='{moving.Id}'] td[data-label='Articles']")).ToHaveTextAsync("2");
        (await page.EvaluateAsync<string[]>("() => window.flashed")).Should().Contain(moving.Id).And.NotContain(still.Id);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_url_restores_the_view()
    {
        var first = await browser.OpenDashboardAsync(host.BaseAddress);
        await first.Locator("#q").FillAsync("in");
        await first.Locator("#sort").SelectOptionAsync("articles");
        await first.Locator("#source").SelectOptionAsync(NewsDay.Outlets[1]);
        await first.Locator("#from").FillAsync("2026-11-03");
        var expected = await IdsAsync($"q=in&sort=articles&source={NewsDay.Outlets[1]}&from=2026-11-03");
        await Expect(first.Locator("#stories tbody tr")).ToHaveCountAsync(expected.Count);
        var url = first.Url;

        var second = await browser.OpenDashboardAsync(host.BaseAddress, url[url.IndexOf('#')..]);

        await Expect(second.Locator("#q")).ToHaveValueAsync("in");
        await Expect(second.Locator("#sort")).ToHaveValueAsync("articles");
        await Expect(second.Locator("#source")).ToHaveValueAsync(NewsDay.Outlets[1]);
        await Expect(second.Locator("#from")).ToHaveValueAsync("2026-11-03");
        await Expect(second.Locator("#stories tbody tr")).ToHaveCountAsync(expected.Count);
        (await second.Locator("#stories tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.story)"))
            .Should().Equal(expected);
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    [Fact]
    public async Task The_story_page_charts_its_coverage_over_time()
    {
        var stories = await ItemsAsync("sort=articles&pageSize=1");
        var story = stories[0];
        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/story/{story.GetProperty("id").GetString()}");

        var bars = page.Locator("main svg.coverage rect.bar");
        await Expect(bars.First).ToBeVisibleAsync();
        (await bars.CountAsync()).Should().BeGreaterThanOrEqualTo(2, "its articles came at different hours from different outlets");
        // Six outlets by name, the rest as "others".
        var outlets = story.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()!).ToList();
        var legend = page.Locator("main .coverage-chart .legend li");
        await Expect(legend).ToHaveCountAsync(Math.Min(outlets.Count, 7));
        var named = (await legend.AllTextContentsAsync()).Select(t => t.Split(' ')[0]).Where(n => n != "others").ToList();
        named.Should().HaveCount(Math.Min(outlets.Count, 6)).And.BeSubsetOf(outlets);
        await Expect(page.Locator("main li.article time")).ToHaveCountAsync(story.GetProperty("articles").GetInt32());
        await Screenshot(page, "story-coverage.png");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_source_page_lists_its_articles_with_titles_times_and_links()
    {
        var outlet = NewsDay.Outlets[2];
        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/source/{outlet}");

        var articles = page.Locator("main .source-articles li");
        await Expect(articles.First).ToBeVisibleAsync();
        await Expect(articles.First.Locator("time")).ToBeVisibleAsync();
        await Expect(articles.First.Locator("a.headline")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"^https://example.org/{outlet}/"));
        await Expect(articles.First.Locator("a.story-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^#/story/"));
        (await articles.First.Locator("a.headline").TextContentAsync()).Should().Contain(" in ");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Opening_the_page_follows_changes_from_the_head_not_from_the_start_of_the_log()
    {
        using var head = JsonDocument.Parse(await host.Http.GetStringAsync("api/changes/head?topic=all"));
        var sequence = head.RootElement.GetProperty("sequence").GetInt64();
        // Summaries are paced, so the count moves with timing; a few hundred changes would be far more than the bound below.
        sequence.Should().BeGreaterThan(300, "the news day left a long change log");
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var received = 0;
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => received += frame.Text?.Length ?? frame.Binary?.Length ?? 0;

        await page.GotoAsync("/");
        await Expect(page.Locator("#connection[data-state='connected']")).ToBeVisibleAsync();
        await Expect(page.Locator("#stories tbody tr")).ToHaveCountAsync(50);

        (await page.EvaluateAsync<long>("() => window.monitor.lastSequence")).Should().BeGreaterThanOrEqualTo(sequence);
        received.Should().BeLessThan(20_000, "the hub sent no backlog of the log's {0} changes", sequence);
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_list_and_a_story_page_fit_a_390_pixel_phone()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        var story = (await ItemsAsync("sort=articles&pageSize=1"))[0].GetProperty("id").GetString();

        await page.GotoAsync("/#/?q=in&sort=sources");
        await Expect(page.Locator("#stories tbody tr").First).ToBeVisibleAsync();
        var listOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await page.GotoAsync($"/#/story/{story}");
        await Expect(page.Locator("main svg.coverage")).ToBeVisibleAsync();
        var storyOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        listOverflow.Should().BeLessThanOrEqualTo(0, "the list should not scroll sideways on a phone");
        storyOverflow.Should().BeLessThanOrEqualTo(0, "the story page should not scroll sideways on a phone");
        await context.CloseAsync();
    }

    private async Task<string> ClaimedAsync(string outlet, int divergences)
    {
        var story = new ClaimedStory(host.Grains);
        await story.AddAsync(outlet, 1, Count("released", "250", 250, 250, "250 were freed."), Said("administration", "Trump", "The Trump administration."));
        await story.AddAsync(outlet + "-other", 2,
            Count("released", divergences >= 1 ? "several" : "250", divergences >= 1 ? 3 : 250, divergences >= 1 ? 9 : 250, "Some were freed."),
            Said("administration", divergences >= 2 ? "Biden" : "Trump", "The administration."));
        (await story.Grain.View()).Divergences.Should().HaveCount(divergences);
        return story.Id;
    }

    private async Task<string> PostAsync(object article)
    {
        using var response = await host.Http.PostAsJsonAsync("api/articles", article);
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await host.CaughtUpAsync();
        return result.RootElement.GetProperty("storyId").GetString()!;
    }

    private async Task<int> TotalAsync(string query)
    {
        using var page = JsonDocument.Parse(await host.Http.GetStringAsync("api/stories?" + query));
        return page.RootElement.GetProperty("total").GetInt32();
    }

    private async Task<List<string>> IdsAsync(string query) =>
        [.. (await ItemsAsync(query + "&pageSize=200")).Select(i => i.GetProperty("id").GetString()!)];

    private async Task<List<JsonElement>> ItemsAsync(string query)
    {
        using var page = JsonDocument.Parse(await host.Http.GetStringAsync("api/stories?" + query));
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.Clone())];
    }

    /// <summary>With MONITOR_SCREENSHOTS set to a folder (docs/images), keeps what the page looks like for the README.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("MONITOR_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
        }
    }
}
