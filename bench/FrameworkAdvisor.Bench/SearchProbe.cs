using System.Net;
using System.Text.Json;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// Finds a search worth measuring on the running site: its first comparison's first framework's name, a word most
/// pages use, so each uncached request ranks many hits. Checks that the search page answers 200 without a redirect
/// and that the word has hits, then leaves the page's path in the site folder as search-path.
/// </summary>
internal static class SearchProbe
{
    public static async Task<int> RunAsync(Uri site, string siteFolder)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = site };
        using var comparisons = JsonDocument.Parse(await client.GetStringAsync("/api/comparisons"));
        var word = comparisons.RootElement.EnumerateArray().SelectMany(c => c.GetProperty("frameworks").EnumerateArray())
            .Select(f => f.GetProperty("title").GetString()!.Split(' ')[0].ToLowerInvariant())
            .FirstOrDefault() ?? throw new BenchFailedException("the site lists no comparison with a framework");
        var path = $"/search?q={Uri.EscapeDataString(word)}";

        using var page = await client.GetAsync(path);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchFailedException($"{path} answered {(int)page.StatusCode}, not 200");
        }

        using var hits = JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(word)}"));
        var total = hits.RootElement.GetProperty("total").GetInt32();
        if (total == 0)
        {
            throw new BenchFailedException($"a search for '{word}' finds nothing");
        }

        Directory.CreateDirectory(siteFolder);
        await File.WriteAllTextAsync(Path.Combine(siteFolder, "search-path"), path + "\n");
        Console.WriteLine($"search page: {path}, {total} places match");
        return 0;
    }
}
