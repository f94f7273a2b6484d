using System.Net;
using System.Net.Sockets;

namespace Monitor.Cluster.Tests;

internal static class FreePorts
{
    /// <summary>A loopback port nobody listens on now, chosen by the OS.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
