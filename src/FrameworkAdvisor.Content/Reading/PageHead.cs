namespace FrameworkAdvisor.Content;

/// <summary>What every page's front matter gives: its title, its summary, and the words readers may search it by.</summary>
internal sealed record PageHead(string Title, string Summary, IReadOnlyList<string> Keywords);
