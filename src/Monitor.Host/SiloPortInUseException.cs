namespace Monitor.Host;

/// <summary>The silo could not bind the ports the operator named: another process holds one of them.</summary>
public sealed class SiloPortInUseException(SiloPorts ports, Exception inner) : Exception(
    $"The Orleans silo port {ports.Silo} or gateway port {ports.Gateway} is in use by another process. " +
    "Name free ones (--silo-port, --gateway-port) or leave them out to pick free ones.", inner)
{
    public SiloPorts Ports { get; } = ports;
}
