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

    /// <summary>Replay speed: 1 posts an article every <see cref="ReplayInterval"/>, 10 ten times as often, 0 as fast as it goes.</summary>
    public double Speed { get; set; } = 1;

    public TimeSpan ReplayInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Orleans silo-to-silo port; 0 picks a free one.</summary>
    public int SiloPort { get; set; }

    /// <summary>Orleans gateway port for clients; 0 picks a free one.</summary>
    public int GatewayPort { get; set; }

    /// <summary>HTTP bind address: 127.0.0.1 by default; 0.0.0.0 in a container, behind Api:Keys.</summary>
    public string Listen { get; set; } = "127.0.0.1";

    /// <summary>Redis ("host:port", StackExchange.Redis syntax) for cluster mode; empty runs the embedded default.</summary>
    public string? Redis { get; set; }

    /// <summary>In cluster mode: a silo, or a web front end that reaches the silos as an Orleans client.</summary>
    public HostRole Role { get; set; } = HostRole.Silo;

    /// <summary>The Orleans service id: grain state, reminders and the journal are kept under it.</summary>
    public string ServiceId { get; set; } = "monitor";

    /// <summary>The Orleans cluster id: hosts with the same id on the same Redis form one cluster.</summary>
    public string ClusterId { get; set; } = "monitor-cluster";

    /// <summary>The address (or host name) other silos and clients reach this silo at.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Take the silo's address from the pod (Orleans' Kubernetes hosting) rather than <see cref="AdvertisedAddress"/>.</summary>
    public bool Kubernetes { get; set; }
}
