using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Monitor.Cluster.Tests;

/// <summary>
/// A process this test starts: its output goes to a log file for diagnostics, and <see cref="Ready"/>
/// completes when a line says it is ready. Disposing kills it with everything it started.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int Sigterm = 15;
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ChildProcess(string name, string file, IEnumerable<string> args, string readyLine, string logFolder)
    {
        Name = name;
        LogPath = Path.Combine(logFolder, name + ".log");
        _log = new StreamWriter(LogPath) { AutoFlush = true };
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = logFolder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data, readyLine);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data, readyLine);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"{name} exited before it was ready; see {LogPath}."));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public string LogPath { get; }

    public Task Ready => _ready.Task;

    /// <summary>kill -9: the process gets no chance to leave the cluster politely.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>SIGTERM, as a service manager stops a process, and waits for it to finish shutting down.</summary>
    public async Task TerminateAsync()
    {
        if (!_process.HasExited && Terminate(_process.Id, Sigterm) != 0)
        {
            throw new InvalidOperationException($"Could not send SIGTERM to {Name}.");
        }
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Terminate(int pid, int signal);

    private void OnLine(string? line, string readyLine)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
        if (line.Contains(readyLine, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
