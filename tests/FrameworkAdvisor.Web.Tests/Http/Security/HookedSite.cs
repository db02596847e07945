using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>
/// The real app in Production with two test-only hooks the shipped site must never have: endpoints that throw or read
/// a body (<see cref="TestHooksController"/>), and a request header that stands in for the client's address, so
/// per-client limits can be tested from one machine. Subclasses add settings.
/// </summary>
public class HookedSite : SiteFactory
{
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>False serves the plain site, with only the settings changed.</summary>
    protected virtual bool WithTestHooks => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (!WithTestHooks)
        {
            return;
        }

        builder.ConfigureServices(services =>
        {
            services.AddMvcCore().AddApplicationPart(typeof(TestHooksController).Assembly);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        });
    }
}

/// <summary>The hooked site on real Kestrel, on a free loopback port: for what only a real server does.</summary>
public class KestrelHookedSite : HookedSite
{
    public KestrelHookedSite() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server (once) and returns its origin, such as http://127.0.0.1:40123.</summary>
    public Uri Origin
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            return new Uri(addresses.Single());
        }
    }
}

/// <summary>Endpoints that exist only in tests, to make the app fail in ways the shipped site cannot be made to.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class TestHooksController : Controller
{
    /// <summary>Text that must never reach a visitor outside Development.</summary>
    public const string SecretMessage = "connection string Password=hunter2 at db.internal";

    [Route("/test-hooks/throw")]
    [Route("/api/test-hooks/throw")]
#pragma warning disable CA1822 // An action must be an instance method to be found.
    public IActionResult Throw() => throw new InvalidOperationException(SecretMessage);
#pragma warning restore CA1822

    /// <summary>Reads the whole body, as any future endpoint that takes a form or upload would.</summary>
    [HttpPost("/test-hooks/read-body")]
    [HttpPost("/api/test-hooks/read-body")]
    public async Task<IActionResult> ReadBody()
    {
        using var reader = new StreamReader(Request.Body);
        var body = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        return Content($"read {body.Length} characters");
    }

    [HttpPost("/test-hooks/read-form")]
    public async Task<IActionResult> ReadForm()
    {
        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        return Content($"read {form.Count} fields, field0={form["field0"]}");
    }
}

/// <summary>Sets the connection's remote address from <see cref="Header"/>, before anything else in the pipeline sees it.</summary>
public sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

internal static class SecurityHeaderAssertions
{
    /// <summary>Asserts that a response carries every header that protects a visitor, whatever its status.</summary>
    public static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{what} ({(int)response.StatusCode}) has no {name} header");

        var policy = Header("Content-Security-Policy");
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), $"{what} names the server: {string.Join(", ", response.Headers.Server)}");
    }
}
