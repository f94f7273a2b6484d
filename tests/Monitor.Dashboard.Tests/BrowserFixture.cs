using Microsoft.Playwright;

namespace Monitor.Dashboard.Tests;

/// <summary>
/// Debian's chromium driven by Playwright: Playwright's own browser download cannot run here.
/// tests/install-prerequisites.sh installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: run tests/install-prerequisites.sh.");
        }
        // The shared machine is slow at times: expectations wait on the page for longer than the default 5 s.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task<IPage> OpenDashboardAsync(Uri baseAddress, string hash = "")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/" + hash);
        await Assertions.Expect(page.Locator("#connection[data-state='connected']")).ToBeVisibleAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
