using FrameworkAdvisor.TestSupport;
using static FrameworkAdvisor.Content.Tests.ContentLoader.LoaderAssertions;

namespace FrameworkAdvisor.Content.Tests.ContentLoader;

/// <summary>
/// The honesty rule, "a fact from outside the article links to its source", as far as a loader can check it: every
/// editor's note, in a page body or on a rule, carries at least one link, and a note without one is an error at its line.
/// </summary>
public sealed class EditorNoteCitationTests : IDisposable
{
    private const string Overview = "compare/trio/_index.md";
    private const string Rules = "compare/trio/recommendations.md";
    private const string OverviewCitation = " (see [speed](/compare/trio/aspects/speed#harbor))";
    private const string RuleCitation = " ([its documentation](https://harbor.example/docs/admin))";
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Loader_reports_an_editors_note_in_a_page_without_a_link_at_the_notes_first_line()
    {
        _content.Replace(Overview, OverviewCitation, "");

        var error = SingleErrorAt(_content, Overview, _content.LineOf(Overview, "::: editor-note"), "editor's note cites no source");
        Assert.Contains("official documentation or release notes", error.Message, StringComparison.Ordinal);
        Assert.Single(Load(_content.Directory).Errors);
    }

    [Fact]
    public void Loader_reports_an_editors_note_on_a_rule_without_a_link_at_its_key()
    {
        _content.Replace(Rules, RuleCitation, "");

        SingleErrorAt(_content, Rules, _content.LineOf(Rules, "editor_note:"), "editor's note cites no source");
    }

    [Fact]
    public void Loader_reports_every_uncited_note_in_one_pass_each_at_its_own_line()
    {
        _content
            .Replace(Overview, OverviewCitation, "")
            .Replace(Overview, "the slowest.\n:::", "the slowest.\n:::\n\nMore text.\n\n::: editor-note\nA second note, also uncited.\n:::");

        var lines = Load(_content.Directory).Errors
            .Where(e => e.File == "content/" + Overview && e.Message.Contains("cites no source", StringComparison.Ordinal))
            .Select(e => e.Line);

        Assert.Equal([_content.LineOf(Overview, "::: editor-note"), _content.LineOf(Overview, "A second note") - 1], lines);
    }

    [Theory]
    [InlineData("[the documentation](https://harbor.example/docs/speed)")]
    [InlineData("<https://harbor.example/docs/speed>")]
    [InlineData("[the lantern column](/compare/trio/aspects/speed#lantern)")]
    public void Loader_accepts_an_outside_link_an_autolink_or_a_link_to_our_own_page_as_the_citation(string citation)
    {
        _content.Replace(Overview, OverviewCitation, " (see " + citation + ")");

        LoadValid(_content.Directory);
    }

    [Fact]
    public void Loader_does_not_count_an_image_as_a_citation()
    {
        _content.Replace(Overview, OverviewCitation, " ![chart](https://harbor.example/chart.png)");

        var line = _content.LineOf(Overview, "![chart]");
        SingleErrorAt(_content, Overview, line, "images are not supported");
        SingleErrorAt(_content, Overview, line - 1, "editor's note cites no source");
    }
}
