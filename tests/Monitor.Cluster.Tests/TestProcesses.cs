namespace Monitor.Cluster.Tests;

/// <summary>The processes one test starts, with their logs and files in one fresh folder; disposing stops them, last first.</summary>
internal sealed class TestProcesses : IDisposable
{
    private readonly List<IDisposable> _processes = [];

    public string Folder { get; } = Directory.CreateTempSubdirectory("monitor-test-").FullName;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public T Start<T>(T process) where T : IDisposable
    {
        _processes.Add(process);
        return process;
    }

    public async Task<MonitorHost> StartAsync(MonitorHost host)
    {
        await Start(host).Ready;
        return host;
    }

    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            process.Dispose();
        }
        Http.Dispose();
    }
}
