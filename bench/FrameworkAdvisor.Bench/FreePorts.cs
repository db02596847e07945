using System.Net;
using System.Net.Sockets;

namespace FrameworkAdvisor.Bench;

internal static class FreePorts
{
    /// <summary>A loopback port the system just handed out and released; another process taking it in between is unlikely.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
