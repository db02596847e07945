using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FrameworkAdvisor.Web.Features.Developers;

namespace FrameworkAdvisor.Web.Features.Search;

// The search API's shapes, named as the README documents them.

[Description("What a search found, best first.")]
public sealed record SearchResponse(
    [property: Description("The words searched for, as the search read them from q.")] string Query,
    [property: Description("When the words matched nothing: the nearest spelling from the site's own words, whose hits these are; otherwise null.")] string? DidYouMean,
    [property: Description("True when no place has every word, so the hits have some of them.")] bool MatchesAnyWord,
    [property: Range(0, int.MaxValue), Description("How many places match; at most 20 are in hits.")] int Total,
    IReadOnlyList<SearchHitItem> Hits);

[Description("One place that matched.")]
public sealed record SearchHitItem(
    [property: Url, Description("The page, with the section's anchor when the hit is a section.")] string Url,
    [property: Description("The comparison the page belongs to.")] string Comparison,
    [property: Description("The page's title.")] string Page,
    [property: Description("The section's title, or null when the hit is the page as a whole.")] string? Section,
    [property: Description("Text around the matched words, plain.")] string Snippet,
    [property: Description("The same snippet as HTML: the text escaped, and each matched word in <mark>.")] string SnippetHtml);

/// <summary>A search's example: a word the content has, and what the API finds for it.</summary>
internal sealed class SearchExample : IApiExample
{
    public ApiExampleBodies? Make(ApiExampleContext context) =>
        context.SearchWord is { } word ? new(null, context.Answer<SearchApiController>(api => api.Search(word))) : null;
}
