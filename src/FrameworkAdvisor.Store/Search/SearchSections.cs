using System.Text.RegularExpressions;
using FrameworkAdvisor.Content;

namespace FrameworkAdvisor.Store.Search;

/// <summary>One place a search can lead to: a page, or a section of it with the anchor the page gives that section.</summary>
internal sealed record SearchSection(string SectionTitle, string PageTitle, string Body, string ComparisonTitle, string Path, string Anchor);

/// <summary>
/// Every place in a comparison that a reader would want to land on, as the pages show them: each page's opening,
/// each headed section of its Markdown, each framework's part of an aspect, each FAQ answer, rule, editor's note and
/// question, each with the anchor its page gives it.
/// </summary>
internal static partial class SearchSections
{
    public static IEnumerable<SearchSection> Of(Comparison comparison)
    {
        var slug = comparison.Slug;
        var sections = new List<SearchSection>();
        void Add(string sectionTitle, string pageTitle, string path, string anchor, params string?[] text) =>
            sections.Add(new(SearchText.Clean(sectionTitle), SearchText.Clean(pageTitle),
                string.Join(" ", text.Select(SearchText.Clean).Where(t => t.Length > 0)), comparison.Title, path, anchor));
        void AddPage(string title, string path, string summary, string html, params string?[] more)
        {
            var (lead, headed) = Split(html);
            Add(title, title, path, "", [summary, .. more, lead]);
            foreach (var (anchor, heading, text) in headed)
            {
                Add(heading, title, path, anchor, text);
            }
        }

        AddPage(comparison.Title, SitePaths.Comparison(slug), comparison.Summary, comparison.OverviewHtml);
        foreach (var framework in comparison.Frameworks)
        {
            AddPage(framework.Title, SitePaths.Framework(slug, framework.Slug), framework.Summary, framework.BodyHtml);
        }

        var frameworkTitles = comparison.Frameworks.ToDictionary(f => f.Slug, f => f.Title, StringComparer.Ordinal);
        foreach (var aspect in comparison.Aspects)
        {
            var path = SitePaths.Aspect(slug, aspect.Slug);
            AddPage(aspect.Title, path, aspect.Summary, aspect.IntroHtml, SearchText.FromHtml(aspect.LeanNoteHtml));
            foreach (var take in aspect.Takes)
            {
                var (lead, headed) = Split(take.BodyHtml);
                Add(frameworkTitles[take.FrameworkSlug], aspect.Title, path, take.FrameworkSlug, SearchText.FromHtml(take.CellHtml), lead);
                foreach (var (anchor, heading, text) in headed)
                {
                    Add(heading, aspect.Title, path, anchor, text);
                }
            }
        }

        var faq = comparison.Faq;
        AddPage(faq.Title, SitePaths.Faq(slug), faq.Summary, faq.IntroHtml);
        foreach (var entry in faq.Entries)
        {
            Add(entry.Question, faq.Title, SitePaths.Faq(slug), entry.Anchor, SearchText.FromHtml(entry.AnswerHtml));
        }

        var recommendations = comparison.Recommendations;
        AddPage(recommendations.Title, SitePaths.Recommendations(slug), recommendations.Summary, recommendations.IntroHtml);
        foreach (var rule in recommendations.Rules)
        {
            Add(rule.WhenText, recommendations.Title, SitePaths.Recommendations(slug), rule.Id,
                $"Choose {frameworkTitles.GetValueOrDefault(rule.Favours, rule.Favours)}.", rule.ArticleReference, SearchText.FromHtml(rule.EditorNoteHtml));
        }

        if (comparison.Questionnaire is { } questionnaire)
        {
            AddPage(questionnaire.Title, SitePaths.Chooser(slug), questionnaire.Summary, questionnaire.IntroHtml);
            foreach (var question in questionnaire.Groups.SelectMany(g => g.Questions))
            {
                Add(question.Text, questionnaire.Title, SitePaths.Chooser(slug), PageAnchors.QuestionPrefix + question.Id,
                    [question.Why, .. question.Options.Select(o => o.Label)]);
            }
        }

        AddPage(comparison.Sources.Title, SitePaths.Sources(slug), comparison.Sources.Summary, comparison.Sources.BodyHtml);
        foreach (var note in comparison.EditorNotes)
        {
            Add("Editor’s note", note.PageTitle, note.PagePath, note.Anchor, SearchText.FromHtml(note.Html));
        }

        return sections;
    }

    /// <summary>
    /// Splits rendered Markdown at its h2 and h3 headings (each has the id the page gives it): the text before the
    /// first heading, then each heading's anchor, text and the text up to the next heading.
    /// </summary>
    private static (string Lead, List<(string Anchor, string Heading, string Text)> Headed) Split(string html)
    {
        var headings = Heading().Matches(html);
        var lead = SearchText.FromHtml(headings.Count == 0 ? html : html[..headings[0].Index]);
        var headed = headings.Select((heading, i) =>
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Index : html.Length;
            var start = heading.Index + heading.Length;
            return (heading.Groups["id"].Value, SearchText.FromHtml(heading.Groups["text"].Value), SearchText.FromHtml(html[start..end]));
        }).ToList();
        return (lead, headed);
    }

    [GeneratedRegex("""<h[23] id="(?<id>[^"]+)">(?<text>.*?)</h[23]>""", RegexOptions.Singleline)]
    private static partial Regex Heading();
}
