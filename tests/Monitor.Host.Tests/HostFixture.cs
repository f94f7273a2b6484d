namespace Monitor.Host.Tests;

/// <summary>A real Monitor host on a free loopback port, in memory, replaying nothing; a subclass adds settings.</summary>
public class HostFixture : IAsyncLifetime
{
    private readonly string[] _settings;
    private RunningHost _host = null!;

    public HostFixture()
        : this([])
    {
    }

    protected HostFixture(string[] settings) => _settings = settings;

    public Uri BaseAddress => _host.BaseAddress;

    public HttpClient Http => _host.Http;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(_settings);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
