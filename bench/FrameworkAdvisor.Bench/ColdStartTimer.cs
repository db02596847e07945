using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// Times a cold start as a visitor would feel it: from starting the process to the first 200 for a page, which
/// includes the host, the content import and the first render. Each run gets a fresh database and port, so no
/// run reuses anything an earlier one left behind.
/// </summary>
internal static partial class ColdStartTimer
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    // Polling this often keeps the timer's error under the interval while costing the starting site little CPU.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    public static async Task<int> RunAsync(string pagePath, int runs, string workDirectory, string[] command)
    {
        // A new connection per attempt, so a refused connect fails at once instead of waiting on a pooled one.
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero })
        {
            Timeout = GiveUpAfter,
        };
        await WarmUpAsync(client);

        var samples = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var start = await TimeOneStartAsync(client, pagePath, command, Path.Combine(workDirectory, $"cold-start-{run}"));
            if (start is null)
            {
                return 1;
            }

            samples.Add(start.ElapsedMs);
            var import = start.ImportMs is { } ms ? $" (the site logged {ms} ms for its content import)" : "";
            Console.WriteLine($"run {run}: {start.ElapsedMs:F0} ms{import}");
        }

        Console.WriteLine($"runs={runs} median_ms={Median.Of(samples):F0} worst_ms={samples.Max():F0}");
        return 0;
    }

    private sealed record ColdStart(double ElapsedMs, long? ImportMs);

    private static async Task<ColdStart?> TimeOneStartAsync(HttpClient client, string pagePath, string[] command, string runDirectory)
    {
        Directory.CreateDirectory(runDirectory);
        var url = new Uri($"http://127.0.0.1:{FreePorts.Next()}{pagePath}");
        var startInfo = new ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ASPNETCORE_URLS"] = url.GetLeftPart(UriPartial.Authority);
        startInfo.Environment["Content__DatabasePath"] = Path.Combine(runDirectory, "content.db");

        var output = new SiteOutput();
        var stopwatch = Stopwatch.StartNew();
        using var site = Process.Start(startInfo)!;

        // If the timer itself is stopped (Ctrl-C, kill), the site it started must not outlive it.
        void StopSite(object? sender, EventArgs e) => Stop(site);
        AppDomain.CurrentDomain.ProcessExit += StopSite;
        site.OutputDataReceived += (_, line) => output.Add(line.Data);
        site.ErrorDataReceived += (_, line) => output.Add(line.Data);
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();
        try
        {
            var lastPoll = "no answer";
            while (stopwatch.Elapsed < GiveUpAfter && !site.HasExited)
            {
                try
                {
                    using var response = await client.GetAsync(url);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return new ColdStart(stopwatch.Elapsed.TotalMilliseconds, output.ImportMs);
                    }

                    lastPoll = $"HTTP {(int)response.StatusCode}";
                }
                catch (HttpRequestException ex)
                {
                    lastPoll = ex.Message;
                }

                await Task.Delay(PollInterval);
            }

            var why = site.HasExited ? $"the site exited with code {site.ExitCode}" : $"no 200 within {GiveUpAfter.TotalSeconds:F0} s";
            Console.Error.WriteLine($"cold start of {url} failed: {why}; last poll: {lastPoll}. The site's last output:");
            foreach (var line in output.Last())
            {
                Console.Error.WriteLine($"  {line}");
            }

            return null;
        }
        finally
        {
            AppDomain.CurrentDomain.ProcessExit -= StopSite;
            Stop(site);
            await site.WaitForExitAsync();
        }
    }

    private static void Stop(Process site)
    {
        if (!site.HasExited)
        {
            site.Kill(entireProcessTree: true);
        }
    }

    /// <summary>
    /// Runs the poller's own code paths once (a refused connect and a full 200 exchange) against a throwaway local
    /// listener, so the first measured start does not also pay for compiling the timer's HTTP client.
    /// </summary>
    private static async Task WarmUpAsync(HttpClient client)
    {
        try
        {
            using var refused = await client.GetAsync(new Uri($"http://127.0.0.1:{FreePorts.Next()}/"));
        }
        catch (HttpRequestException)
        {
            // Expected: nothing listens there.
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var answer = AnswerOnceAsync(listener);
        using (await client.GetAsync(new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/")))
        {
        }

        await answer;
    }

    private static async Task AnswerOnceAsync(TcpListener listener)
    {
        using var connection = await listener.AcceptTcpClientAsync();
        var stream = connection.GetStream();
        var request = new StringBuilder();
        var buffer = new byte[1024];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"u8.ToArray());
    }

    /// <summary>The last lines the site wrote, for a failure message, and the import time it logged, if any.</summary>
    private sealed partial class SiteOutput
    {
        private readonly Queue<string> _lines = new();
        private long? _importMs;

        public long? ImportMs
        {
            get
            {
                lock (_lines)
                {
                    return _importMs;
                }
            }
        }

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                if (ImportLine().Match(line) is { Success: true } match)
                {
                    _importMs = long.Parse(match.Groups["ms"].Value);
                }

                _lines.Enqueue(line);
                if (_lines.Count > 30)
                {
                    _lines.Dequeue();
                }
            }
        }

        public IReadOnlyList<string> Last()
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }

        // The site's start-up log line: "Imported content <version>: <n> files, <n> comparisons in <ms> ms into <path>".
        [GeneratedRegex(@"^\s*Imported content .* in (?<ms>\d+) ms into ")]
        private static partial Regex ImportLine();
    }
}
