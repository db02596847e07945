namespace FrameworkAdvisor.Web.Features.Search;

// The search API's shapes, named as the README documents them.

public sealed record SearchResponse(string Query, string? DidYouMean, bool MatchesAnyWord, int Total, IReadOnlyList<SearchHitItem> Hits);

public sealed record SearchHitItem(string Url, string Comparison, string Page, string? Section, string Snippet, string SnippetHtml);
