using Monitor.Tests;

namespace Monitor.Ingest.Tests;

/// <summary>A real Monitor host on a free loopback port, in memory, with no replay; the settings are configuration.</summary>
public abstract class MonitorHost : IAsyncLifetime
{
    public const string Key = "test-key-7f3a";

    private RunningHost? _host;

    public HttpClient Http => _host!.Http;

    public IServiceProvider Services => _host!.Services;

    protected abstract IEnumerable<string> Settings { get; }

    public async Task InitializeAsync() =>
        _host = await RunningHost.StartAsync(["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:System.Net.Http=Error", .. Settings]);

    public async Task DisposeAsync() => await _host!.DisposeAsync();
}

/// <summary>Keys configured, a rate limit too high to matter.</summary>
public sealed class KeyedHost : MonitorHost
{
    protected override IEnumerable<string> Settings => [$"--Api:Keys:0={Key}", "--Api:Keys:1=second-key", "--Api:RateLimit=1000000"];
}

/// <summary>The embedded default (no keys) with a tiny rate limit over a long window.</summary>
public sealed class DefaultHost : MonitorHost
{
    public const int Limit = 3;

    protected override IEnumerable<string> Settings => [$"--Api:RateLimit={Limit}", "--Api:RateWindow=01:00:00"];
}

/// <summary>The embedded default as a user starts it: no keys, the default rate limit.</summary>
public sealed class LoopbackHost : MonitorHost
{
    protected override IEnumerable<string> Settings => [];
}
