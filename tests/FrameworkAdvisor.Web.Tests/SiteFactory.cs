using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FrameworkAdvisor.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkAdvisor.Web.Tests;

/// <summary>
/// The real app, in Production mode, over HTTP, built from a content folder into its own SQLite file.
/// Defaults to the fixture content; <see cref="ShippedSiteFactory"/> serves the repository's content.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory _database = new();

    protected virtual string ContentDirectory => TestPaths.FixtureContent;

    protected virtual string EnvironmentName => "Production";

    /// <summary>Settings a test adds on top of the content and database paths, as "Section:Key" pairs.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>();

    public HttpClient CreateClientWithoutRedirects() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Content:Directory", ContentDirectory);
        builder.UseSetting("Content:DatabasePath", _database.File("content.db"));
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
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

public sealed class ShippedSiteFactory : SiteFactory
{
    protected override string ContentDirectory => TestPaths.ShippedContent;
}

internal static class PageFetching
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Fetches a page, asserts its status and that it is HTML, and parses it.</summary>
    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public static string Text(this IHtmlDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"no element matches '{selector}'");
}

/// <summary>The app over a content folder a test has prepared, such as a fixture copy with questions added.</summary>
public sealed class FolderSiteFactory(string contentDirectory) : SiteFactory
{
    protected override string ContentDirectory => contentDirectory;
}

/// <summary>
/// The app over a content folder that a test edits while the site runs, with live reload on and a short quiet
/// period so a test waits milliseconds, not the default 300 ms, for each rebuild.
/// </summary>
public sealed class WatchedSiteFactory(string contentDirectory, string environmentName = "Production", bool byPolling = false) : SiteFactory
{
    protected override string ContentDirectory => contentDirectory;

    protected override string EnvironmentName => environmentName;

    protected override IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>
    {
        ["Content:WatchForChanges"] = "true",
        ["Content:WatchByPolling"] = byPolling ? "true" : "false",
        ["Content:WatchQuietPeriodMilliseconds"] = "50",

        // The reload load test posts to the API as fast as it can; it is about reloads, not the rate limiter.
        ["RateLimiting:RecommendationsPerWindow"] = "1000000",
    };
}
