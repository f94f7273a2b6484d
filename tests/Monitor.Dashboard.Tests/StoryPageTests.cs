using static Microsoft.Playwright.Assertions;
using static Monitor.Dashboard.Tests.ClaimedStory;

namespace Monitor.Dashboard.Tests;

/// <summary>The story page on known claims: consensus, divergences side by side, the coloured matrix.</summary>
[Collection(DashboardCollection.Name)]
public sealed class StoryPageTests(MonitorHostFixture host, BrowserFixture browser)
{
    [Fact]
    public async Task The_story_page_shows_consensus_divergence_quotes_and_the_claim_matrix()
    {
        var story = new ClaimedStory(host.Grains);
        await story.AddAsync("alpha", 1, Count("released", "250", 250, 250, "250 were freed."), Said("administration", "Trump", "The Trump administration."));
        await story.AddAsync("beta", 2, Count("released", "250", 250, 250, "<b>250</b> <script>alert(1)</script> freed."), Said("administration", "Trump", "Trump's team."));
        await story.AddAsync("gamma", 3, Count("released", "several", 3, 9, "Several were freed."));

        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/story/{story.Id}");

        await Expect(page.Locator(".consensus li")).ToContainTextAsync(["administration Trump — 2 sources: alpha, beta"]);
        var divergence = page.Locator(".divergence");
        await Expect(divergence.Locator(".side .value")).ToHaveTextAsync(["250", "several"]);
        await Expect(divergence.Locator(".side").First.Locator("blockquote")).ToHaveTextAsync(["250 were freed.", "<b>250</b> <script>alert(1)</script> freed."]);
        await Expect(page.Locator("main script, main b")).ToHaveCountAsync(0);
        await Expect(page.Locator(".matrix tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator(".matrix td.cell.agrees")).ToHaveCountAsync(4);
        await Expect(page.Locator(".matrix td.cell.disagrees")).ToHaveTextAsync("several");
        await Expect(page.Locator("li.article")).ToHaveCountAsync(3);
        await Expect(page.Locator("li.article .headline").First).ToHaveTextAsync("alpha reports on day 1");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_soft_divergence_is_shown_apart_under_rounding_and_vagueness()
    {
        var story = new ClaimedStory(host.Grains);
        await story.AddAsync("alpha", 1, Count("rescued", "140", 140, 140, "140 were rescued."), Said("administration", "Trump", "The Trump team."));
        await story.AddAsync("beta", 2, Vague("rescued", "several", 3, 9, "<i>Several</i> were rescued."), Said("administration", "Biden", "The Biden team."));

        var page = await browser.OpenDashboardAsync(host.BaseAddress, $"#/story/{story.Id}");

        await Expect(page.Locator(".divergences > .divergence .side .value")).ToHaveTextAsync(["Biden", "Trump"]);
        var soft = page.Locator(".divergences > .soft-divergences");
        await Expect(soft.Locator(":scope > h3")).ToHaveTextAsync("Rounding and vagueness");
        await Expect(soft.Locator(".divergence.soft .side .value")).ToHaveTextAsync(["140", "several"]);
        await Expect(soft.Locator("blockquote")).ToHaveTextAsync(["140 were rescued.", "<i>Several</i> were rescued."]);
        await Expect(page.Locator("main i")).ToHaveCountAsync(0);
        await Expect(page.Locator(".badge")).ToHaveTextAsync("1 divergence");
        await page.Context.CloseAsync();
    }
}
