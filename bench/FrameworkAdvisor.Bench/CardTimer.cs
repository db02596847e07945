using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// Times the picture card of result links, as a link preview fetches it: the result page first, then the og:image it
/// names, once cold (never drawn before, so the output cache misses) and once cached. Distinct answer sets are
/// picked from the questionnaire so every cold fetch draws a new card. The first card after start-up, which also
/// loads the typeface and compiles the drawing code, is reported apart. Prints each sample, then one key=value line.
/// </summary>
internal static partial class CardTimer
{
    public static async Task<int> RunAsync(Uri site, int cards)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true }) { BaseAddress = site };
        var slug = JsonDocument.Parse(await client.GetStringAsync("/api/comparisons")).RootElement[0].GetProperty("slug").GetString()!;
        using var questionnaire = JsonDocument.Parse(await client.GetStringAsync($"/api/comparisons/{slug}/questionnaire"));
        var links = AnswerSets(questionnaire.RootElement.GetProperty("questions"), cards + 1)
            .Select(set => $"/compare/{slug}/choose/result?{set}").ToList();
        if (links.Count < cards + 1)
        {
            throw new BenchFailedException($"the questionnaire of {slug} has fewer than {cards + 1} answer sets");
        }

        var first = await TimeCardAsync(client, links[0]);
        Console.WriteLine($"first card after start-up: {first.ColdMs:F1} ms cold, {first.CachedMs:F2} ms cached, {first.Bytes} bytes");
        var samples = new List<CardSample>();
        foreach (var link in links.Skip(1))
        {
            var sample = await TimeCardAsync(client, link);
            samples.Add(sample);
            Console.WriteLine($"{link}: {sample.ColdMs:F1} ms cold, {sample.CachedMs:F2} ms cached, {sample.Bytes} bytes");
        }

        var cold = samples.Select(s => s.ColdMs).ToList();
        var cached = samples.Select(s => s.CachedMs).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cards={samples.Count} first_ms={first.ColdMs:F1} cold_median_ms={Median.Of(cold):F1} cold_worst_ms={cold.Max():F1} " +
            $"cached_median_ms={Median.Of(cached):F2} cached_worst_ms={cached.Max():F2} " +
            $"min_bytes={samples.Min(s => s.Bytes)} max_bytes={samples.Max(s => s.Bytes)}"));
        return 0;
    }

    private sealed record CardSample(double ColdMs, double CachedMs, long Bytes);

    private static async Task<CardSample> TimeCardAsync(HttpClient client, string resultLink)
    {
        var page = await client.GetStringAsync(resultLink);
        var card = OgImage().Match(page) is { Success: true } match
            ? new Uri(WebUtility.HtmlDecode(match.Groups["url"].Value))
            : throw new BenchFailedException($"{resultLink} names no og:image");
        var (coldMs, bytes) = await TimeGetAsync(client, card);
        var (cachedMs, _) = await TimeGetAsync(client, card);
        return new CardSample(coldMs, cachedMs, bytes);
    }

    private static async Task<(double Ms, long Bytes)> TimeGetAsync(HttpClient client, Uri url)
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        stopwatch.Stop();
        return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "image/png"
            ? (stopwatch.Elapsed.TotalMilliseconds, body.LongLength)
            : throw new BenchFailedException($"GET {url} answered {(int)response.StatusCode} {response.Content.Headers.ContentType}, not a PNG");
    }

    /// <summary>Answer sets in a mixed-radix count over the questions (each answered or skipped), skipping the empty one.</summary>
    private static IEnumerable<string> AnswerSets(JsonElement questions, int count)
    {
        var choices = questions.EnumerateArray()
            .Select(q => (Id: q.GetProperty("id").GetString()!, Options: q.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList()))
            .ToList();
        for (long n = 1, made = 0; made < count; n++)
        {
            var rest = n;
            var pairs = new List<string>();
            foreach (var (id, options) in choices)
            {
                var pick = (int)(rest % (options.Count + 1));
                rest /= options.Count + 1;
                if (pick > 0)
                {
                    pairs.Add($"{id}={options[pick - 1]}");
                }
            }

            if (rest > 0)
            {
                yield break;
            }

            made++;
            yield return string.Join('&', pairs);
        }
    }

    [GeneratedRegex("<meta property=\"og:image\" content=\"(?<url>[^\"]+)\"")]
    private static partial Regex OgImage();
}
