using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>When a re-clustering merges a story into another, the dashboard follows the merge live.</summary>
[Collection(DashboardCollection.Name)]
public sealed class StoryMergeTests(MonitorHostFixture host, BrowserFixture browser)
{
    [Fact]
    public async Task A_merged_story_leaves_the_list_and_its_page_points_to_the_survivor()
    {
        var other = TestArticle.Fresh();
        var absorbed = await host.PostAsync(other);
        var one = TestArticle.Fresh();
        var survivor = await host.PostAsync(one);
        var list = await browser.OpenDashboardAsync(host.BaseAddress);
        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/story/{absorbed}");
        await Expect(list.Locator($"#stories tr[data-story='{absorbed}']")).ToBeVisibleAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(other.Title);

        // Two reports of the first event that also tell the other: they join the first, and the next
        // article's re-clustering finds the other story's lone article fits that story on the whole.
        var bridging = TestArticle.Bridging(one, other);
        var bridged = await host.PostAsync(bridging);
        await host.PostAsync(bridging.Retold("wire-second"));
        await host.PostAsync(TestArticle.Fresh());

        bridged.Should().Be(survivor, "its headline is the first event's");
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
