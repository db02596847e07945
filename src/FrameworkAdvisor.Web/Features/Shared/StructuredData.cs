using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using FrameworkAdvisor.Content;
using Microsoft.AspNetCore.Html;

namespace FrameworkAdvisor.Web.Features.Shared;

/// <summary>
/// A page's schema.org JSON-LD, made from the same view model as the visible page so the two say the same: the
/// breadcrumb trail the page shows, and what a page adds of its own (the FAQ's questions, the home page's search).
/// The layout puts each block in a script element of type application/ld+json, which a browser keeps as data and never
/// runs, so script-src 'self' has nothing to refuse. The encoder escapes '&lt;', '&gt;' and '&amp;' wherever they
/// occur, so no content can write "&lt;/script&gt;" and end the element early.
/// </summary>
public static class StructuredData
{
    private const string SchemaOrg = "https://schema.org";

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// The page's blocks as script elements, written here rather than in Razor so the type attribute stays as it is
    /// (Razor would encode its '+' inside a code block) and the JSON goes in exactly as the encoder made it.
    /// </summary>
    public static IHtmlContent Scripts(PageViewModel page, string siteName, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(absolute);
        var html = new HtmlContentBuilder();
        foreach (var json in For(page, siteName, absolute))
        {
            html.AppendHtml($"<script type=\"application/ld+json\">{json}</script>\n");
        }

        return html;
    }

    /// <summary>Each block the page carries, as JSON text safe inside a script element; <paramref name="absolute"/> makes a site path a full URL.</summary>
    private static IEnumerable<string> For(PageViewModel page, string siteName, Func<string, string> absolute)
    {
        var blocks = new List<JsonObject>();
        if (page.Breadcrumbs.Count > 1)
        {
            blocks.Add(new JsonObject
            {
                ["@context"] = SchemaOrg,
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = new JsonArray([.. page.Breadcrumbs.Select((crumb, i) => (JsonNode)new JsonObject
                {
                    ["@type"] = "ListItem",
                    ["position"] = i + 1,
                    ["name"] = crumb.Title,
                    ["item"] = absolute(crumb.Path),
                })]),
            });
        }

        blocks.AddRange(page.StructuredData(siteName, absolute));
        return blocks.Select(block => block.ToJsonString(Options));
    }

    /// <summary>The site, with the search its header form makes (the same address the OpenSearch description gives).</summary>
    public static JsonObject WebSite(string siteName, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(absolute);
        return new JsonObject
        {
            ["@context"] = SchemaOrg,
            ["@type"] = "WebSite",
            ["name"] = siteName,
            ["url"] = absolute(SitePaths.Home),
            ["potentialAction"] = new JsonObject
            {
                ["@type"] = "SearchAction",
                ["target"] = new JsonObject { ["@type"] = "EntryPoint", ["urlTemplate"] = absolute(SitePaths.Search) + "?q={search_term_string}" },
                ["query-input"] = "required name=search_term_string",
            },
        };
    }

    /// <summary>A FAQ page: each question as its heading shows it, with its answer as plain text.</summary>
    public static JsonObject FaqPage(IEnumerable<(string Question, string Answer)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new JsonObject
        {
            ["@context"] = SchemaOrg,
            ["@type"] = "FAQPage",
            ["mainEntity"] = new JsonArray([.. entries.Select(entry => (JsonNode)new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = entry.Question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = entry.Answer },
            })]),
        };
    }
}
