using System.Text;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Caching;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkAdvisor.Web.Features.Styles;

/// <summary>
/// Each framework's colour, from content, as a stylesheet: an element marked data-framework="&lt;slug&gt;" inside
/// data-comparison="&lt;slug&gt;" gets --framework, in the light or dark colour as the reader's theme asks. A file
/// rather than inline styles, which the Content-Security-Policy forbids; cached like pages, and its address carries the
/// content version so a content change is fetched at once. Asked for with the live version, it is kept for a year like
/// every other versioned asset; any other address (an old version, or none) gets the current colours for a minute.
/// </summary>
[CachedPage]
public sealed class FrameworkColoursController(ComparisonStore store, ContentDatabase database) : Controller
{
    public const string Path = "/styles/frameworks.css";

    /// <summary>The stylesheet's address for the live content, as pages link it.</summary>
    public static string VersionedPath(ContentDatabase database) => $"{Path}?v={database.Live.Version}";

    [HttpGet(Path)]
    public IActionResult Stylesheet([FromQuery(Name = "v")] string? version)
    {
        if (version == database.Live.Version)
        {
            Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }

        var light = new StringBuilder();
        var dark = new StringBuilder();
        foreach (var comparison in store.ListComparisons())
        {
            foreach (var framework in comparison.Frameworks)
            {
                var selector = $"[data-comparison=\"{comparison.Comparison.Slug}\"] [data-framework=\"{framework.Slug}\"]";
                light.Append(selector).Append(" { --framework: ").Append(framework.Colour).Append("; }\n");
                dark.Append("  ").Append(selector).Append(" { --framework: ").Append(framework.ColourDark).Append("; }\n");
            }
        }

        return Content($"/* Framework colours, from content/. */\n{light}@media (prefers-color-scheme: dark) {{\n{dark}}}\n", "text/css", Encoding.UTF8);
    }
}
