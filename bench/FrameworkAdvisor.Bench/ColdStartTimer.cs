using System.Diagnostics;
using System.Net;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// Times a cold start as a visitor would feel it: from starting the process to the first 200 for a page, which
/// includes the host, the content import and the first render. Each run gets a fresh database and port, so no
/// run reuses anything an earlier one left behind.
/// </summary>
internal static class ColdStartTimer
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string pagePath, int runs, string workDirectory, string[] command)
    {
        var samples = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var elapsed = await TimeOneStartAsync(pagePath, command, Path.Combine(workDirectory, $"cold-start-{run}"));
            if (elapsed is null)
            {
                return 1;
            }

            samples.Add(elapsed.Value);
            Console.WriteLine($"run {run}: {elapsed.Value:F0} ms");
        }

        Console.WriteLine($"runs={runs} median_ms={Median.Of(samples):F0} worst_ms={samples.Max():F0}");
        return 0;
    }

    private static async Task<double?> TimeOneStartAsync(string pagePath, string[] command, string runDirectory)
    {
        Directory.CreateDirectory(runDirectory);
        var url = new Uri($"http://127.0.0.1:{FreePorts.Next()}{pagePath}");
        var start = new ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = url.GetLeftPart(UriPartial.Authority);
        start.Environment["Content__DatabasePath"] = Path.Combine(runDirectory, "content.db");

        // A new connection per attempt: a pooled one would hide nothing here, but a refused connect must fail fast.
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero })
        {
            Timeout = GiveUpAfter,
        };
        var lastOutput = new Queue<string>();
        var stopwatch = Stopwatch.StartNew();
        using var site = Process.Start(start)!;
        site.OutputDataReceived += (_, line) => Remember(lastOutput, line.Data);
        site.ErrorDataReceived += (_, line) => Remember(lastOutput, line.Data);
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();
        try
        {
            var lastStatus = "no answer";
            while (stopwatch.Elapsed < GiveUpAfter && !site.HasExited)
            {
                try
                {
                    using var response = await client.GetAsync(url);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return stopwatch.Elapsed.TotalMilliseconds;
                    }

                    lastStatus = $"HTTP {(int)response.StatusCode}";
                }
                catch (HttpRequestException ex)
                {
                    lastStatus = ex.Message;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(2));
            }

            var why = site.HasExited ? $"the site exited with code {site.ExitCode}" : $"no 200 within {GiveUpAfter.TotalSeconds:F0} s";
            Console.Error.WriteLine($"cold start of {url} failed: {why}; last poll: {lastStatus}. The site's last output:");
            lock (lastOutput)
            {
                foreach (var line in lastOutput)
                {
                    Console.Error.WriteLine($"  {line}");
                }
            }

            return null;
        }
        finally
        {
            if (!site.HasExited)
            {
                site.Kill(entireProcessTree: true);
            }

            await site.WaitForExitAsync();
        }
    }

    private static void Remember(Queue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Enqueue(line);
            if (lines.Count > 30)
            {
                lines.Dequeue();
            }
        }
    }
}
