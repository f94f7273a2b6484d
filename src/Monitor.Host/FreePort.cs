using System.Net;
using System.Net.Sockets;

namespace Monitor.Host;

/// <summary>Loopback ports chosen at run time, for the host's own Orleans ports, the bench and the tests.</summary>
public static class FreePort
{
    /// <summary>The asked port, or one the OS picks for 0.</summary>
    public static int OrPick(int port) => port != 0 ? port : Pick();

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
