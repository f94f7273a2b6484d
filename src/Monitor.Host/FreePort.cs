using System.Net;
using System.Net.Sockets;

namespace Monitor.Host;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on right now: the asked one, or one the OS picks for 0.</summary>
    public static int OrPick(int port)
    {
        if (port != 0)
        {
            return port;
        }
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
