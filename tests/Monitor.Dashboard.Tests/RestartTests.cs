using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Monitor.Host;
using Monitor.Tests;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>A host that keeps its change log in memory restarts with a new log: the open page notices and reloads its view.</summary>
[Collection(DashboardCollection.Name)]
public sealed class RestartTests(BrowserFixture browser)
{
    [Fact]
    public async Task After_a_restart_that_reset_the_change_log_the_page_reloads_and_shows_new_stories()
    {
        var port = FreePort.Pick();
        var first = await StartAsync(port);
        var page = await browser.OpenDashboardAsync(first.BaseAddress);
        var before = await PostAsync(first, TestArticle.Fresh());
        await Expect(page.Locator($"#stories tr[data-story='{before}']")).ToBeVisibleAsync();
        var epoch = await page.EvaluateAsync<string>("() => window.monitor.epoch");
        var loads = 0;
        page.Load += (_, _) => loads++;

        await first.DisposeAsync();
        await using var second = await StartAsync(port);
        await Expect(page.Locator("#connection[data-state='connected']")).ToBeVisibleAsync();
        var after = await PostAsync(second, TestArticle.Fresh());

        await Expect(page.Locator($"#stories tr[data-story='{after}']")).ToBeVisibleAsync();
        await Expect(page.Locator($"#stories tr[data-story='{before}']")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<string>("() => window.monitor.epoch")).Should().NotBe(epoch);
        loads.Should().Be(0, "the view reloaded in place, not the page");
        await page.Context.CloseAsync();
    }

    private static Task<RunningHost> StartAsync(int port) =>
        RunningHost.StartAsync([], builder => builder.Logging.SetMinimumLevel(LogLevel.Warning), port);

    private static async Task<string> PostAsync(RunningHost host, TestArticle article)
    {
        using var response = await host.Http.PostAsJsonAsync("api/articles", article);
        response.IsSuccessStatusCode.Should().BeTrue();
        using var result = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return result.RootElement.GetProperty("storyId").GetString()!;
    }
}
