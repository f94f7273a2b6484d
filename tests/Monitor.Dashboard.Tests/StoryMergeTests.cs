using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>When an article links two stories, the dashboard follows the merge live.</summary>
[Collection(DashboardCollection.Name)]
public sealed class StoryMergeTests(MonitorHostFixture host, BrowserFixture browser)
{
    [Fact]
    public async Task A_merged_story_leaves_the_list_and_its_page_points_to_the_survivor()
    {
        var one = TestArticle.Fresh();
        var survivor = await host.PostAsync(one);
        await host.PostAsync(one.Retold("wire-second"));
        var other = TestArticle.Fresh();
        var absorbed = await host.PostAsync(other);
        var list = await browser.OpenDashboardAsync(host.BaseAddress);
        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/story/{absorbed}");
        await Expect(list.Locator($"#stories tr[data-story='{absorbed}']")).ToBeVisibleAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(other.Title);

        var bridged = await host.PostAsync(TestArticle.Bridging(one, other));

        bridged.Should().Be(survivor, "the larger story survives");
        await Expect(list.Locator($"#stories tr[data-story='{absorbed}']")).ToHaveCountAsync(0);
        await Expect(list.Locator($"#stories tr[data-story='{survivor}'] td[data-label='Articles']")).ToHaveTextAsync("4");
        var notice = page.Locator("main .merged");
        await Expect(notice).ToContainTextAsync("merged this story into");
        await notice.Locator("a").ClickAsync();
        await Expect(page.Locator($"main section.story[data-story='{survivor}']")).ToBeVisibleAsync();
        await Expect(page.Locator("main li.article")).ToHaveCountAsync(4);
        await list.Context.CloseAsync();
        await page.Context.CloseAsync();
    }
}
