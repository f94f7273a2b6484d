namespace Monitor.Cluster.Tests;

/// <summary>One <c>monitor serve</c> process on loopback, as an operator would start it.</summary>
internal sealed class MonitorHost : IDisposable
{
    private readonly ChildProcess _process;

    private MonitorHost(string name, int port, IEnumerable<string> args, string logFolder, string data = "")
    {
        Name = name;
        Address = new Uri($"http://127.0.0.1:{port}");
        _process = new ChildProcess(
            name,
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "monitor.dll"), "serve", "--port", port.ToString(), "--no-replay", "--data", data, .. args],
            "Application started",
            logFolder);
    }

    public string Name { get; }

    public Uri Address { get; }

    public Task Ready => _process.Ready;

    /// <summary>
    /// A silo of the cluster on <paramref name="redis"/>, on Orleans ports it picks itself (and picks again
    /// if another process takes one first), with failure detection tuned down so a killed host is declared dead in seconds.
    /// </summary>
    public static MonitorHost Silo(string name, string redis, string logFolder, params string[] settings) =>
        new(name, FreePort.Pick(),
        [
            .. settings,
            "--redis", redis,
            "--Cluster:Membership:ProbeTimeout=00:00:01",
            "--Cluster:Membership:NumMissedProbesLimit=2",
            "--Cluster:Membership:NumVotesForDeathDeclaration=1",
            "--Cluster:Membership:TableRefreshTimeout=00:00:02",
            "--Cluster:Messaging:ResponseTimeout=00:00:10",
        ], logFolder);

    /// <summary>A front end of the cluster on <paramref name="redis"/>: an Orleans client, no grains.</summary>
    public static MonitorHost Frontend(string name, string redis, string logFolder) =>
        new(name, FreePort.Pick(), ["--redis", redis, "--role", "frontend"], logFolder);

    /// <summary>The embedded default: one process, its grains in memory.</summary>
    public static MonitorHost Embedded(string name, string logFolder) => new(name, FreePort.Pick(), [], logFolder);

    /// <summary>The embedded default keeping everything in the SQLite file at <paramref name="data"/>.</summary>
    public static MonitorHost OnFile(string name, string data, string logFolder, params string[] settings) =>
        new(name, FreePort.Pick(), settings, logFolder, data);

    public void Kill() => _process.Kill();

    public Task TerminateAsync() => _process.TerminateAsync();

    public void Dispose() => _process.Dispose();
}
