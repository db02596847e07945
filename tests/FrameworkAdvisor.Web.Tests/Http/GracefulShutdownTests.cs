using System.Net.Sockets;
using System.Text;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Http;

/// <summary>
/// On SIGTERM a real site process stops taking connections, finishes the request it is in the middle of, and exits;
/// a request that never finishes holds it no longer than Shutdown:TimeoutSeconds.
/// </summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private const string Body = """{"answers": {"parts": "pick"}}""";
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_request_in_flight_when_sigterm_arrives_is_answered_and_the_process_exits_cleanly()
    {
        await using var site = await RunningSiteProcess.StartAsync(TestPaths.FixtureContent, _directory.File("content.db"), new Dictionary<string, string>());
        using var inFlight = await StartRecommendationAsync(site.Origin);

        site.Terminate();
        await WaitUntilRefusedAsync(site.Origin);
        await inFlight.GetStream().WriteAsync(Encoding.ASCII.GetBytes(Body[(Body.Length / 2)..]));
        var response = await ReadToEndAsync(inFlight);
        var exitCode = await site.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 200 OK", response, StringComparison.Ordinal);
        Assert.Contains("Connection: close", response, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"recommended\"", response, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task A_request_that_never_finishes_holds_the_stop_no_longer_than_the_configured_time()
    {
        await using var site = await RunningSiteProcess.StartAsync(
            TestPaths.FixtureContent, _directory.File("content.db"), new Dictionary<string, string> { ["Shutdown__TimeoutSeconds"] = "1" });
        using var stalled = await StartRecommendationAsync(site.Origin);

        site.Terminate();

        // The default of 25 s would still be waiting; well within that, the process has given up on the request.
        var exitCode = await site.WaitForExitAsync(TimeSpan.FromSeconds(15));
        Assert.NotNull(exitCode);
        Assert.True(await IsClosedWithoutAnswerAsync(stalled), "the stalled request got an answer instead of being cut off");
    }

    [Fact]
    public async Task A_shutdown_time_that_makes_no_sense_stops_the_start_with_a_message_naming_it()
    {
        var (exitCode, output) = await SiteProcess.RunAsync(
            TestPaths.FixtureContent, _directory.File("content.db"), new Dictionary<string, string> { ["Shutdown__TimeoutSeconds"] = "0" });

        Assert.Equal(1, exitCode);
        Assert.Contains("TimeoutSeconds", output, StringComparison.Ordinal);
    }

    /// <summary>A recommendation request whose headers and first half of the body have arrived; the rest is up to the test.</summary>
    private static async Task<TcpClient> StartRecommendationAsync(Uri origin)
    {
        var client = new TcpClient();
        await client.ConnectAsync(origin.Host, origin.Port);
        var head = "POST /api/comparisons/trio/recommendation HTTP/1.1\r\n" +
                   $"Host: {origin.Authority}\r\nContent-Type: application/json\r\nContent-Length: {Body.Length}\r\n\r\n" +
                   Body[..(Body.Length / 2)];
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head));

        // The site is reading the body once it has answered a request sent after this one on another connection.
        using var probe = new HttpClient { BaseAddress = origin };
        (await probe.GetAsync("/readyz")).Dispose();
        return client;
    }

    private static async Task WaitUntilRefusedAsync(Uri origin)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var attempt = new TcpClient();
                await attempt.ConnectAsync(origin.Host, origin.Port);
            }
            catch (SocketException)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("the site still accepted connections 20 s after SIGTERM");
    }

    /// <summary>Cut off: the connection ends, gracefully or by a reset, with nothing written back.</summary>
    private static async Task<bool> IsClosedWithoutAnswerAsync(TcpClient client)
    {
        try
        {
            return await client.GetStream().ReadAsync(new byte[1024]) == 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static async Task<string> ReadToEndAsync(TcpClient client)
    {
        using var reader = new StreamReader(client.GetStream(), Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await reader.ReadToEndAsync(timeout.Token);
    }
}
