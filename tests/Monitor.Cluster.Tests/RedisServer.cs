namespace Monitor.Cluster.Tests;

/// <summary>A throwaway redis-server on a free loopback port that keeps nothing on disk.</summary>
internal sealed class RedisServer : IDisposable
{
    private readonly ChildProcess _process;

    public RedisServer(string logFolder)
    {
        Port = FreePort.Pick();
        _process = new ChildProcess(
            "redis",
            "redis-server",
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            "Ready to accept connections",
            logFolder);
    }

    public int Port { get; }

    public string Connection => $"127.0.0.1:{Port}";

    public Task Ready => _process.Ready;

    public void Dispose() => _process.Dispose();
}
