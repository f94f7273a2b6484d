using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Catalog;
using Monitor.Contracts;
using Monitor.Grains;
using Monitor.Host;
using Monitor.Tests;

namespace Monitor.Dashboard.Tests;

/// <summary>A real host that replayed a generated news day (a few hundred stories), with its story list caught up.</summary>
public sealed class NewsDayFixture : IAsyncLifetime
{
    public const int Stories = 240;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "monitor-newsday-" + Guid.NewGuid().ToString("N")[..8]);
    private RunningHost? _host;

    public Uri BaseAddress => _host!.BaseAddress;

    public HttpClient Http => _host!.Http;

    public IGrainFactory Grains => _host!.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        NewsDay.Write(_folder, Stories);
        _host = await RunningHost.StartAsync([], builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        var replays = _host.Services.GetRequiredService<FolderReplays>();
        var replay = replays.Start(_folder, ArticleFolder.Load(_folder), TimeSpan.Zero);
        await replays.WhenDone(replay.Id);
        await CaughtUpAsync();
    }

    /// <summary>Waits until the story list reflects every change logged so far.</summary>
    public async Task CaughtUpAsync()
    {
        var head = await Grains.GetGrain<IChangeFeedGrain>(0).Head(Topics.All);
        await _host!.Services.GetRequiredService<StoryCatalog>().WhenAt(head).WaitAsync(TimeSpan.FromMinutes(2));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The news-day tests share one replayed host and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class NewsDayCollection : ICollectionFixture<NewsDayFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "news day";
}
