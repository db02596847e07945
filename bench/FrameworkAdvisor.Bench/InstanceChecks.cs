using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// The checks bench/instances.sh makes of three instances behind nginx: that every page is the same bytes with the
/// same ETag from each, and that a content edit reaches all three with no page ever showing a mix of old and new.
/// Each writes its figures to a file in the work folder as key=value, for <see cref="InstancesReport"/>.
/// </summary>
internal static partial class InstanceChecks
{
    private const string RevisedTitle = " (revised)";
    private const string RevisedOverview = "Revised edition.";
    private static readonly TimeSpan ReloadLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Every page in the sitemap (and the share link), identity and Brotli, from each instance directly but with the
    /// Host the load balancer passes on, so each instance sees the same address. Writes pages.txt for the load.
    /// </summary>
    public static async Task<int> SameAsync(Uri balancer, string shareLink, string workDirectory, IReadOnlyList<Uri> instances)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None });
        var sitemap = await client.GetStringAsync(new Uri(balancer, "/sitemap.xml"));
        var paths = Location().Matches(sitemap).Select(match => new Uri(match.Groups["url"].Value).PathAndQuery).Append(shareLink).ToList();
        await File.WriteAllLinesAsync(Path.Combine(workDirectory, "pages.txt"), paths.SelectMany(path => new[] { $"identity {path}", $"br {path}" }));

        var compared = 0;
        var differing = new List<string>();
        foreach (var path in paths)
        {
            foreach (var encoding in new[] { "identity", "br" })
            {
                var answers = new List<(string ETag, byte[] Body, HttpStatusCode Status)>();
                foreach (var instance in instances)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(instance, path));
                    request.Headers.Host = balancer.Authority;
                    request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
                    using var response = await client.SendAsync(request);
                    answers.Add((response.Headers.ETag?.ToString() ?? "", await response.Content.ReadAsByteArrayAsync(), response.StatusCode));
                }

                compared++;
                if (answers.Any(a => a.Status != HttpStatusCode.OK || a.ETag.Length == 0 || a.ETag != answers[0].ETag || !a.Body.AsSpan().SequenceEqual(answers[0].Body)))
                {
                    differing.Add($"{encoding} {path}");
                }
            }
        }

        Console.WriteLine($"compared {compared} responses ({paths.Count} addresses, identity and Brotli) across {instances.Count} instances: {differing.Count} differ");
        foreach (var path in differing)
        {
            Console.WriteLine($"  differs: {path}");
        }

        await File.WriteAllTextAsync(Path.Combine(workDirectory, "same.txt"), $"compared={compared} differing={differing.Count}\n");
        return 0;
    }

    /// <summary>
    /// Edits the first comparison (its title and its overview, which one page shows from two reads of the store),
    /// then reads the comparison page through the load balancer and from each instance until all three serve the
    /// new version. Every page read is checked: both edits or neither, and an ETag naming the version it shows.
    /// </summary>
    public static async Task<int> ReloadAsync(string contentDirectory, Uri balancer, string pagePath, string workDirectory, IReadOnlyList<Uri> instances)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
        var oldVersion = await VersionAsync(client, instances[0]);
        var comparison = Directory.GetDirectories(Path.Combine(contentDirectory, "compare")).Order(StringComparer.Ordinal).First();
        var file = Path.Combine(comparison, "_index.md");
        var text = await File.ReadAllTextAsync(file);
        var title = TitleLine().Match(text);
        var edited = text[..title.Index] + title.Value + RevisedTitle + text[(title.Index + title.Length)..] + $"\n\n{RevisedOverview}\n";

        var stopwatch = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, edited);
        var updated = new TimeSpan?[instances.Count];
        var (read, mixed) = (0, 0);
        string? newVersion = null;
        while (updated.Any(t => t is null) && stopwatch.Elapsed < ReloadLimit)
        {
            foreach (var target in instances.Select((instance, i) => (Uri: instance, Index: i)).Append((Uri: balancer, Index: -1)))
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target.Uri, pagePath));
                request.Headers.Host = balancer.Authority;
                using var response = await client.SendAsync(request);
                var page = await response.Content.ReadAsStringAsync();
                var etag = response.Headers.ETag?.Tag ?? "";
                var (hasTitle, hasOverview) = (page.Contains(RevisedTitle, StringComparison.Ordinal), page.Contains(RevisedOverview, StringComparison.Ordinal));
                read++;
                if (hasTitle && hasOverview)
                {
                    // The new version is read from an instance that serves it (through the balancer, /healthz may
                    // reach one that does not yet); until then a page is judged by its text alone.
                    if (newVersion is null && target.Index >= 0)
                    {
                        newVersion = await VersionAsync(client, target.Uri);
                    }

                    mixed += newVersion is null || etag.StartsWith($"\"{newVersion}-", StringComparison.Ordinal) ? 0 : 1;
                    if (target.Index >= 0)
                    {
                        updated[target.Index] ??= stopwatch.Elapsed;
                    }
                }
                else
                {
                    mixed += hasTitle || hasOverview || !etag.StartsWith($"\"{oldVersion}-", StringComparison.Ordinal) ? 1 : 0;
                }
            }

            await Task.Delay(20);
        }

        var allMs = updated.All(t => t is not null) ? ((long)updated.Max()!.Value.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) : "never";
        Console.WriteLine($"content edited; each instance served it after {string.Join(", ", updated.Select(t => t is null ? "never" : $"{t.Value.TotalMilliseconds:F0} ms"))}; " +
            $"all {instances.Count} after {allMs} ms; {read} pages read, {mixed} mixed old and new");
        await File.WriteAllTextAsync(Path.Combine(workDirectory, "reload.txt"), $"all_ms={allMs} pages={read} mixed={mixed}\n");
        return 0;
    }

    private static async Task<string> VersionAsync(HttpClient client, Uri instance)
    {
        using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri(instance, "/healthz")));
        return health.RootElement.GetProperty("content").GetProperty("version").GetString() ?? "";
    }

    [GeneratedRegex("<loc>(?<url>[^<]+)</loc>")]
    private static partial Regex Location();

    [GeneratedRegex("(?m)^title: .*?(?=\r?$)")]
    private static partial Regex TitleLine();
}
