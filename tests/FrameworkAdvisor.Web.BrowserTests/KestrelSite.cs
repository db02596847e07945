using System.Net;
using FrameworkAdvisor.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkAdvisor.Web.BrowserTests;

/// <summary>
/// The real app on real Kestrel (a browser cannot reach the in-memory test server), in Production mode, serving
/// the repository's content from its own SQLite file, on a free loopback port.
/// </summary>
public sealed class KestrelSite : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory _database = new();

    public KestrelSite() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server and returns its origin, such as http://127.0.0.1:40123.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Directory", TestPaths.ShippedContent);
        builder.UseSetting("Content:DatabasePath", _database.File("content.db"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
