namespace Monitor.Host;

/// <summary>
/// The Orleans silo and gateway ports of this process, and whether they were picked free at start rather
/// than named by the operator: only picked ports may be swapped for others when the bind finds them taken.
/// </summary>
public sealed record SiloPorts(int Silo, int Gateway, bool Picked)
{
    /// <summary>Free loopback ports for a silo nobody needs to find by its ports.</summary>
    public static SiloPorts Pick() => new(FreePort.Pick(), FreePort.Pick(), Picked: true);

    /// <summary>The ports the options name; a 0 picks a free one. Any named port makes the pair the operator's.</summary>
    public static SiloPorts For(MonitorOptions options) =>
        new(FreePort.OrPick(options.SiloPort), FreePort.OrPick(options.GatewayPort), Picked: options.SiloPort == 0 && options.GatewayPort == 0);
}
