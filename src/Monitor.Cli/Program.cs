using System.CommandLine;
using Monitor.Cli;

var root = new RootCommand("Monitor: a live news monitor of what sources agree on and where they contradict each other.")
{
    SnapshotCommand.Create(),
    ServeCommand.Create(),
    ReplayCommand.Create(),
    BenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
