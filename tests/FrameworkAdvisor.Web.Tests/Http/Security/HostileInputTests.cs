using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>
/// Thousands of generated hostile requests against the real app on real Kestrel: none may get a 5xx, none may see a
/// payload come back unescaped or a file or error detail leak, and the site must still serve its normal pages after.
/// The requests come from a seed (printed, and in any failure message); set HOSTILE_SEED to repeat a run or try another.
/// </summary>
public sealed partial class HostileInputTests(HostileInputTests.HostileSite site, ITestOutputHelper output)
    : IClassFixture<HostileInputTests.HostileSite>
{
    private const int GeneratedRequests = 5_850;
    private const int DefaultSeed = 20_261_124;

    private int _retries;

    /// <summary>What only a leak would put in a response: file contents, database errors, stack traces.</summary>
    private static readonly string[] Leaks =
        ["root:x:0:0", "\"AllowedHosts\"", "SQLite Error", "SqliteException", "Exception:", ".cs:line", "   at FrameworkAdvisor", "SQLite format 3"];

    [Fact]
    public async Task Thousands_of_hostile_requests_get_no_5xx_no_unescaped_payload_and_leave_the_site_healthy()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_SEED"), CultureInfo.InvariantCulture, out var chosen) ? chosen : DefaultSeed;
        output.WriteLine($"seed {seed} (set HOSTILE_SEED to repeat it or try another)");
        var origin = site.Origin;
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 4 }) { BaseAddress = origin };
        var shape = await ReadShapeAsync(client);
        var stopwatch = Stopwatch.StartNew();

        var requests = new HostileRequestGenerator(seed, shape).Generate(GeneratedRequests).ToList();
        var outcomes = new List<string>();
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var recording = new Lock();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, cancellation) =>
        {
            var (status, problems) = await SendAsync(client, origin, request, cancellation);
            lock (recording)
            {
                var key = $"{request.Category} → {status}";
                statuses[key] = statuses.GetValueOrDefault(key) + 1;
                outcomes.AddRange(problems.Select(problem => $"{request} → {status}: {problem}"));
            }
        });

        var raw = RawRequests(origin).ToList();
        foreach (var (description, bytes) in raw)
        {
            var (status, problems) = await SendRawAsync(origin, bytes);
            var key = $"raw → {status}";
            statuses[key] = statuses.GetValueOrDefault(key) + 1;
            outcomes.AddRange(problems.Select(problem => $"[raw] {description} → {status}: {problem}"));
        }

        output.WriteLine($"{requests.Count} requests through HttpClient ({_retries} sent again after a connection reset) and {raw.Count} raw requests in {stopwatch.Elapsed.TotalSeconds:F1} s");
        foreach (var (key, count) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {key}: {count}");
        }

        Assert.True(outcomes.Count == 0,
            $"seed {seed}: {outcomes.Count} of {requests.Count + raw.Count} hostile requests went wrong:\n" + string.Join("\n", outcomes.Take(60)));
        await AssertHealthyAsync(client, shape);
    }

    /// <summary>
    /// Sends on the shared, pooled client. If the connection it picked was reset before an answer came (the server
    /// closes a connection after a request it would not read, and the pool may already have handed it out again), the
    /// request is sent once more on a fresh connection, as browsers do; only a request that gets no answer twice fails.
    /// </summary>
    private async Task<(string Status, List<string> Problems)> SendAsync(HttpClient client, Uri origin, HostileRequest request, CancellationToken cancellation)
    {
        try
        {
            return await SendOnceAsync(client, origin, request, cancellation);
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _retries);
        }

        using var fresh = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.Zero });
        try
        {
            return await SendOnceAsync(fresh, origin, request, cancellation);
        }
        catch (HttpRequestException ex)
        {
            return ("none", [$"no response, twice: {ex.Message} {ex.InnerException?.Message}"]);
        }
    }

    private static async Task<(string Status, List<string> Problems)> SendOnceAsync(HttpClient client, Uri origin, HostileRequest request, CancellationToken cancellation)
    {
        Uri target;
        try
        {
            // Sent exactly as written: no dot-segment removal, no re-escaping, as a hand-made client would.
            target = new Uri(origin + request.Target.TrimStart('/'), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        }
        catch (UriFormatException)
        {
            target = new Uri(origin, request.Target);
        }

        using var message = new HttpRequestMessage(new HttpMethod(request.Method), target);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (!string.IsNullOrEmpty(request.ContentType))
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }

            // As curl does for large bodies: wait for the server's go-ahead, so a body it refuses unread is not sent
            // into a connection it is closing.
            message.Headers.ExpectContinue = request.Body.Length > 16 * 1024;
        }

        using var response = await client.SendAsync(message, cancellation);
        var body = await response.Content.ReadAsStringAsync(cancellation);
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        var problems = Judge((int)response.StatusCode, headers, body, MalformedRequestLine(request.Target)).ToList();
        return (((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), problems);
    }

    /// <summary>
    /// A raw space or control character in the request target splits the request line wrongly, and the server then
    /// reads garbage where the HTTP version should be. Its answer, 505 (version not supported), is the protocol's
    /// reply to such a line, sent before the app runs; it is the one 5xx allowed, and only for such lines.
    /// </summary>
    private static bool MalformedRequestLine(string target) => target.Any(c => c <= ' ' || c == '\u007f');

    private static IEnumerable<string> Judge(int status, string headers, string body, bool malformedRequestLine)
    {
        if (status >= 500 && !(status == 505 && malformedRequestLine))
        {
            yield return "server error";
        }

        foreach (var marker in HostileRequestGenerator.Markers)
        {
            if (body.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"body has the payload '{marker}' unescaped";
            }

            if (headers.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"a header has the payload '{marker}' unescaped";
            }
        }

        foreach (var leak in Leaks.Where(leak => body.Contains(leak, StringComparison.Ordinal)))
        {
            yield return $"body contains '{leak}'";
        }
    }

    /// <summary>
    /// What no HTTP client library will send: raw bytes in the request line, broken framing and conflicting headers.
    /// Each goes on its own connection, written byte for byte.
    /// </summary>
    private static IEnumerable<(string Description, byte[] Bytes)> RawRequests(Uri origin)
    {
        var host = $"Host: {origin.Authority}\r\n";
        var targets = new[]
        {
            "/compare/\u00c0\u00ae\u00c0\u00ae/etc/passwd", "/css/..\\..\\appsettings.json", "/compare/trio/../../appsettings.json",
            "/compare/<script>alert(1)</script>", "/compare/trio/choose/result?parts=<script>alert(1)</script>",
            "/compare/trio/choose/result?\"><img src=x onerror=alert(1)>=pick", "/%", "/%%32%65", "/compare/\ttrio", "/ /",
            "*", "http://evil.example/compare/trio", "//evil.example/", "/compare/trio#frag", "/\u007f", "/é/日本",
            "/api/comparisons/trio/questionnaire?\u0001=\u0002", "/" + new string('a', 9_000),
        };
        foreach (var target in targets)
        {
            foreach (var method in new[] { "GET", "HEAD", "OPTIONS", "TRACE", "DELETE" })
            {
                yield return ($"{method} {target}", Latin1($"{method} {target} HTTP/1.1\r\n{host}Connection: close\r\n\r\n"));
            }

            yield return ($"GET {target} with UTF-8 bytes", [.. Encoding.UTF8.GetBytes($"GET {target} HTTP/1.1\r\n{host}Connection: close\r\n\r\n")]);
        }

        var recommendation = "/api/comparisons/trio/recommendation";
        const string json = "{\"answers\": {\"parts\": \"pick\"}}";
        var broken = new (string, string)[]
        {
            ("null byte in path", $"GET /compare/trio\0.css HTTP/1.1\r\n{host}Connection: close\r\n\r\n"),
            ("header injection", $"GET / HTTP/1.1\r\n{host}X-A: b\rSet-Cookie: x=1\r\nConnection: close\r\n\r\n"),
            ("folded header", $"GET / HTTP/1.1\r\n{host}X-A: b\r\n c\r\nConnection: close\r\n\r\n"),
            ("no Host", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"),
            ("two Hosts", $"GET / HTTP/1.1\r\n{host}Host: evil.example\r\nConnection: close\r\n\r\n"),
            ("payload Host", "GET / HTTP/1.1\r\nHost: <script>alert(1)</script>\r\nConnection: close\r\n\r\n"),
            ("HTTP/1.0", "GET / HTTP/1.0\r\n\r\n"),
            ("HTTP/9.9", $"GET / HTTP/9.9\r\n{host}\r\n"),
            ("bad method token", $"G<T / HTTP/1.1\r\n{host}Connection: close\r\n\r\n"),
            ("lowercase method", $"get / HTTP/1.1\r\n{host}Connection: close\r\n\r\n"),
            ("content length and chunked", $"POST {recommendation} HTTP/1.1\r\n{host}Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"),
            ("negative content length", $"POST {recommendation} HTTP/1.1\r\n{host}Content-Type: application/json\r\nContent-Length: -1\r\nConnection: close\r\n\r\n{json}"),
            ("two content lengths", $"POST {recommendation} HTTP/1.1\r\n{host}Content-Type: application/json\r\nContent-Length: 5\r\nContent-Length: 31\r\nConnection: close\r\n\r\n{json}"),
            ("content length too short", $"POST {recommendation} HTTP/1.1\r\n{host}Content-Type: application/json\r\nContent-Length: 10\r\nConnection: close\r\n\r\n{json}"),
            ("bad chunk size", $"POST {recommendation} HTTP/1.1\r\n{host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{json}\r\n0\r\n\r\n"),
            ("huge chunk size", $"POST {recommendation} HTTP/1.1\r\n{host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nFFFFFFFFFFFF\r\n{json}\r\n0\r\n\r\n"),
            ("content length over the limit", $"POST {recommendation} HTTP/1.1\r\n{host}Content-Type: application/json\r\nContent-Length: 99999999999\r\nConnection: close\r\n\r\n{json}"),
            ("a thousand headers", $"GET / HTTP/1.1\r\n{host}{string.Concat(Enumerable.Range(0, 1_000).Select(i => $"X-{i}: {i}\r\n"))}Connection: close\r\n\r\n"),
            ("expect continue", $"POST {recommendation} HTTP/1.1\r\n{host}Content-Type: application/json\r\nContent-Length: {json.Length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n{json}"),
            ("gzip body that is not gzip", $"POST {recommendation} HTTP/1.1\r\n{host}Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {json.Length}\r\nConnection: close\r\n\r\n{json}"),
            ("CONNECT to a host", $"CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\nConnection: close\r\n\r\n"),
            ("CONNECT to a path", $"CONNECT /compare/trio HTTP/1.1\r\n{host}Connection: close\r\n\r\n"),
            ("method override header", $"POST /compare/trio HTTP/1.1\r\n{host}X-HTTP-Method-Override: DELETE\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
        };
        foreach (var (description, text) in broken)
        {
            yield return (description, Latin1(text));
        }
    }

    /// <summary>Sends bytes on a new connection and reads until the server closes it (or 10 seconds pass).</summary>
    private static async Task<(string Status, List<string> Problems)> SendRawAsync(Uri origin, byte[] request)
    {
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await tcp.ConnectAsync(origin.Host, origin.Port, timeout.Token);
        var stream = tcp.GetStream();
        using var received = new MemoryStream();
        try
        {
            await stream.WriteAsync(request, timeout.Token);
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // The server may reset a connection whose request it refused while the request was still being written.
        }
        catch (OperationCanceledException)
        {
            return ("timeout", [$"no complete answer in 10 s; got {received.Length} bytes"]);
        }

        var text = Encoding.Latin1.GetString(received.ToArray());
        var statuses = StatusLine().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        if (statuses.Count == 0)
        {
            return ("none", received.Length == 0 ? [] : [$"no status line in {received.Length} bytes"]);
        }

        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : Encoding.UTF8.GetString(received.ToArray()[(split + 4)..]);
        var requestLine = Encoding.Latin1.GetString(request).Split("\r\n")[0].Split(' ');
        var malformed = requestLine.Length != 3 || requestLine[2] is not ("HTTP/1.0" or "HTTP/1.1") || MalformedRequestLine(requestLine[1]);
        var problems = statuses.SkipLast(1).Where(s => s >= 500).Select(s => $"server error {s}").ToList();
        problems.AddRange(Judge(statuses[^1], headers, body, malformed));
        return (string.Join("+", statuses), problems);
    }

    /// <summary>The site's shape as its API and sitemap describe it, so requests use real ids and routes.</summary>
    private static async Task<SiteShape> ReadShapeAsync(HttpClient client)
    {
        var comparisons = JsonDocument.Parse(await client.GetStringAsync("/api/comparisons")).RootElement.EnumerateArray().ToList();
        var slugs = comparisons.Select(c => c.GetProperty("slug").GetString()!).ToList();
        var frameworks = comparisons.SelectMany(c => c.GetProperty("frameworks").EnumerateArray().Select(s => s.GetProperty("slug").GetString()!)).ToList();
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        var aspects = AspectInSitemap().Matches(sitemap).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        var questions = new List<string>();
        var options = new List<string>();
        var choosers = new List<string>();
        foreach (var slug in slugs)
        {
            using var response = await client.GetAsync($"/api/comparisons/{slug}/questionnaire");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            choosers.Add(slug);
            foreach (var question in JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("questions").EnumerateArray())
            {
                questions.Add(question.GetProperty("id").GetString()!);
                options.AddRange(question.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!));
            }
        }

        var home = await client.GetStringAsync("/");
        var stylesheet = StylesheetLink().Match(home).Groups[1].Value;
        Assert.True(questions.Count > 0 && aspects.Count > 0 && stylesheet.Length > 0, "could not read the site's questions, aspects and stylesheet");
        return new SiteShape(slugs, choosers, frameworks, aspects, questions, options, stylesheet);
    }

    /// <summary>After the storm, the pages and the API still answer as normal.</summary>
    private static async Task AssertHealthyAsync(HttpClient client, SiteShape shape)
    {
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("<h1", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var chooser = shape.ChooserComparisons[0];
        using var questionnaire = await client.GetAsync($"/api/comparisons/{chooser}/questionnaire");
        var first = JsonDocument.Parse(await questionnaire.Content.ReadAsStringAsync()).RootElement.GetProperty("questions")[0];
        var question = first.GetProperty("id").GetString()!;
        var option = first.GetProperty("options")[0].GetProperty("id").GetString()!;

        using var result = await client.GetAsync($"/compare/{chooser}/choose/result?{question}={option}");
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Contains("class=\"score-chart\"", await result.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var body = new StringContent($"{{\"answers\": {{\"{question}\": \"{option}\"}}}}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var recommendation = await client.PostAsync($"/api/comparisons/{chooser}/recommendation", body);
        Assert.Equal(HttpStatusCode.OK, recommendation.StatusCode);
        Assert.True(JsonDocument.Parse(await recommendation.Content.ReadAsStringAsync()).RootElement.TryGetProperty("recommended", out _));
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    [GeneratedRegex(@"HTTP/1\.[01] (\d{3})")]
    private static partial Regex StatusLine();

    [GeneratedRegex("/aspects/([a-z0-9-]+)</loc>")]
    private static partial Regex AspectInSitemap();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetLink();

    /// <summary>The plain site on Kestrel with a rate limit high enough that every request reaches the JSON parser.</summary>
    public sealed class HostileSite : KestrelHookedSite
    {
        // The storm comes from one client, which the per-client limits would rightly start refusing half way (they
        // are tested in WorkLimitsTests); here every request must reach the code that reads it.
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimiting:RecommendationsPerWindow"] = "1000000",
            ["RateLimiting:ResultsPerWindow"] = "1000000",
            ["RateLimiting:SearchesPerWindow"] = "1000000",
            ["RateLimiting:CardsPerWindow"] = "1000000",
        };

        protected override bool WithTestHooks => false;
    }
}
