using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// Asks the running site what to measure: its first comparison page, a share link answering the first three
/// questions in the canonical form the site redirects to, and an API body with the same answers. Each is checked to
/// answer 200 without a redirect, since wrk would count anything else as an error. Prints what it found and leaves
/// it in the site folder as <see cref="SiteFacts"/>, with the page's bytes for nginx in comparison.html. It also
/// finds a 404 (an aspect's address with its last letter dropped, so the page has a suggestion to make) and a 400
/// (a share link with more parts than any the chooser makes), and writes soak-urls.txt for bench/soak.lua.
/// </summary>
internal static partial class SiteProbe
{
    private const int QuestionsAnswered = 3;

    public static async Task<int> RunAsync(Uri site, string siteFolder)
    {
        Directory.CreateDirectory(siteFolder);

        // No redirects followed, so the share link's canonical form can be read off the redirect; no Accept-Encoding
        // sent unless asked for, so the page comes as wrk will see it.
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = site };
        try
        {
            var slug = await FirstComparisonSlugAsync(client);
            var comparisonPath = $"/compare/{slug}";
            var page = await GetComparisonPageAsync(client, comparisonPath, Path.Combine(siteFolder, "comparison.html"));
            var offeredEncoding = await OfferedEncodingAsync(client, comparisonPath);
            Console.WriteLine(
                $"comparison page: {comparisonPath}, {page.Bytes} bytes, {page.ContentType}, compared as {SiteFacts.DescribeEncoding(offeredEncoding)}");

            using var questionnaire = await GetJsonAsync(client, $"/api/comparisons/{slug}/questionnaire", Path.Combine(siteFolder, "questionnaire.json"));
            var answers = FirstOptions(questionnaire.RootElement);
            if (answers.Count == 0)
            {
                throw new BenchFailedException($"the questionnaire of {slug} has no questions");
            }

            var resultPath = await CanonicalResultPathAsync(client, slug, answers);
            Console.WriteLine($"result page: {resultPath}");

            var apiPath = $"/api/comparisons/{slug}/recommendation";
            var apiBody = AnswersBody(answers);
            await CheckRecommendationAsync(client, apiPath, apiBody, Path.Combine(siteFolder, "recommendation.json"));
            Console.WriteLine($"recommendation API: POST {apiPath} {apiBody}");

            var pages = await SitemapPathsAsync(client);
            var notFoundPath = (pages.FirstOrDefault(path => path.Contains("/aspects/", StringComparison.Ordinal))
                ?? throw new BenchFailedException("the sitemap lists no aspect page"))[..^1];
            await CheckStatusAsync(client, notFoundPath, HttpStatusCode.NotFound);
            var badRequestPath = $"/compare/{slug}/choose/result?{string.Join('&', Enumerable.Range(1, 65).Select(i => $"q{i}=x"))}";
            await CheckStatusAsync(client, badRequestPath, HttpStatusCode.BadRequest);
            Console.WriteLine($"404 page: {notFoundPath}; 400 page: a share link of 65 parts");

            await File.WriteAllLinesAsync(Path.Combine(siteFolder, "soak-urls.txt"), SoakUrls(pages, resultPath, notFoundPath, badRequestPath, slug));
            new SiteFacts(comparisonPath, page.Bytes, page.ContentType, offeredEncoding, resultPath, apiPath, apiBody, notFoundPath, badRequestPath)
                .Write(siteFolder);
            return 0;
        }
        catch (HttpRequestException ex)
        {
            throw new BenchFailedException($"the site at {site} did not answer: {ex.Message}");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new BenchFailedException($"the site's API answered JSON of a shape the bench does not know: {ex.Message}");
        }
    }

    private sealed record ComparisonPage(long Bytes, string ContentType);

    private static async Task<List<string>> SitemapPathsAsync(HttpClient client)
    {
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        return [.. SitemapLocation().Matches(sitemap).Select(match => new Uri(match.Groups["url"].Value).PathAndQuery)];
    }

    private static async Task CheckStatusAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != expected)
        {
            throw new BenchFailedException($"GET {path} answered {(int)response.StatusCode}, not {(int)expected}");
        }
    }

    /// <summary>
    /// "encoding path" lines: every page in both forms, the share link, a made-up address per request ({n} becomes a
    /// count, so the site never sees the same one twice), the 404 and 400 pages, and a share link with no answers.
    /// </summary>
    private static IEnumerable<string> SoakUrls(List<string> pages, string resultPath, string notFoundPath, string badRequestPath, string slug) =>
    [
        .. pages.SelectMany(path => new[] { $"identity {path}", $"br {path}" }),
        $"identity {resultPath}",
        $"br {resultPath}",
        $"identity /compare/{slug}/aspects/made-up-{{n}}",
        $"identity {notFoundPath}",
        $"identity {badRequestPath}",
        $"br /compare/{slug}/choose/result",
    ];

    [GeneratedRegex("<loc>(?<url>[^<]+)</loc>")]
    private static partial Regex SitemapLocation();

    private static async Task<string> FirstComparisonSlugAsync(HttpClient client)
    {
        using var comparisons = await GetJsonAsync(client, "/api/comparisons", savedAs: null);
        return comparisons.RootElement is { ValueKind: JsonValueKind.Array } list
            && list.GetArrayLength() > 0
            && list[0].TryGetProperty("slug", out var slug)
            && slug.GetString() is { Length: > 0 } text
                ? text
                : throw new BenchFailedException("GET /api/comparisons listed no comparison");
    }

    private static async Task<ComparisonPage> GetComparisonPageAsync(HttpClient client, string path, string savedAs)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchFailedException($"GET {path} answered {(int)response.StatusCode}, not 200");
        }

        var bytes = await response.Content.ReadAsByteArrayAsync();
        await File.WriteAllBytesAsync(savedAs, bytes);

        // As the site wrote it, since nginx is configured to send the very same header.
        var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : "";
        return new ComparisonPage(bytes.LongLength, contentType);
    }

    private static async Task<string> OfferedEncodingAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchFailedException($"GET {path} with Accept-Encoding: br, gzip answered {(int)response.StatusCode}, not 200");
        }

        return response.Content.Headers.NonValidated.TryGetValues("Content-Encoding", out var values) ? values.ToString() : "";
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path, string? savedAs)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchFailedException($"GET {path} answered {(int)response.StatusCode}, not 200");
        }

        var json = await response.Content.ReadAsStringAsync();
        if (savedAs is not null)
        {
            await File.WriteAllTextAsync(savedAs, json);
        }

        return JsonDocument.Parse(json);
    }

    /// <summary>Question id and its first option's id, for the first few questions.</summary>
    private static List<KeyValuePair<string, string>> FirstOptions(JsonElement questionnaire) =>
        questionnaire.TryGetProperty("questions", out var questions) && questions.ValueKind == JsonValueKind.Array
            ? [.. questions.EnumerateArray().Take(QuestionsAnswered).Select(question => KeyValuePair.Create(
                question.GetProperty("id").ToString(), question.GetProperty("options")[0].GetProperty("id").ToString()))]
            : [];

    private static async Task<string> CanonicalResultPathAsync(HttpClient client, string slug, List<KeyValuePair<string, string>> answers)
    {
        var path = $"/compare/{slug}/choose/result?{string.Join('&', answers.Select(answer => $"{answer.Key}={answer.Value}"))}";
        using var response = await client.GetAsync(path);
        var status = response.StatusCode;
        if (status is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect && response.Headers.Location is { } location)
        {
            path = new Uri(response.RequestMessage!.RequestUri!, location).PathAndQuery;
            using var canonical = await client.GetAsync(path);
            status = canonical.StatusCode;
        }

        return status == HttpStatusCode.OK
            ? path
            : throw new BenchFailedException($"the result page {path} answered {(int)status}, not 200");
    }

    /// <summary>The body bench/post-json.lua sends: <c>{"answers":{"&lt;questionId&gt;":"&lt;optionId&gt;",…}}</c>, compact.</summary>
    private static string AnswersBody(List<KeyValuePair<string, string>> answers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("answers");
            foreach (var (question, option) in answers)
            {
                writer.WriteString(question, option);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task CheckRecommendationAsync(HttpClient client, string path, string body, string savedAs)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, content);
        var answer = await response.Content.ReadAsStringAsync();
        await File.WriteAllTextAsync(savedAs, answer);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchFailedException($"POST {path} with {body} answered {(int)response.StatusCode}: {answer[..Math.Min(answer.Length, 400)]}");
        }
    }
}
