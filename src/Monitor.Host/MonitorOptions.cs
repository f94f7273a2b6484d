namespace Monitor.Host;

/// <summary>How one Monitor host runs: the "Monitor" configuration section and the serve command's options.</summary>
public sealed class MonitorOptions
{
    public const string Section = "Monitor";

    /// <summary>The HTTP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; } = 5080;

    /// <summary>The SQLite file holding grain state and logs; empty keeps everything in memory.</summary>
    public string? Data { get; set; } = "monitor.db";

    /// <summary>Replay this folder as a simulated feed at start; empty replays nothing.</summary>
    public string? Replay { get; set; } = "seeds";

    /// <summary>Replay speed: 1 posts an article every <see cref="ReplayInterval"/>, 10 ten times as often.</summary>
    public double Speed { get; set; } = 1;

    public TimeSpan ReplayInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Orleans silo-to-silo port; 0 picks a free one.</summary>
    public int SiloPort { get; set; }

    /// <summary>Orleans gateway port for clients; 0 picks a free one.</summary>
    public int GatewayPort { get; set; }
}
