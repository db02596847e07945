using FrameworkAdvisor.TestSupport;
using static FrameworkAdvisor.Content.Tests.ContentLoader.LoaderAssertions;

namespace FrameworkAdvisor.Content.Tests.ContentLoader;

/// <summary>What a valid content folder turns into.</summary>
public sealed class ContentLoaderTests
{
    [Fact]
    public void Loader_supports_several_comparisons_in_weight_order()
    {
        var content = LoadValid(TestPaths.FixtureContent);

        Assert.Equal(["trio", "duo"], content.Comparisons.Select(c => c.Slug));
    }

    [Fact]
    public void Loader_supports_three_frameworks_in_one_comparison_in_weight_order()
    {
        var trio = LoadValid(TestPaths.FixtureContent).Comparisons[0];

        Assert.Equal(["quill", "lantern", "harbor"], trio.Frameworks.Select(f => f.Slug));
        Assert.All(trio.Aspects, aspect => Assert.Equal(["quill", "lantern", "harbor"], aspect.Takes.Select(t => t.FrameworkSlug)));
    }

    [Fact]
    public void Loader_splits_a_framework_body_at_its_level_two_headings_keeping_the_text_before_them()
    {
        using var content = ContentFolder.CopyOfFixture();
        content.Replace("compare/trio/frameworks/quill.md", "## What it is", "Before any heading.\n\n## What it is");

        var quill = LoadValid(content.Directory).Comparisons[0].Frameworks[0];

        Assert.Contains("Before any heading.", quill.IntroHtml, StringComparison.Ordinal);
        Assert.Equal([("what-it-is", "What it is"), ("why-pick-it", "Why pick it")], quill.Sections.Select(s => (s.Anchor, s.Heading)));
        Assert.Contains("Quill is a minimal toolkit.", quill.Sections[0].BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("pick every part", quill.Sections[0].BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2", quill.Sections[1].BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_splits_aspect_bodies_into_one_section_per_framework()
    {
        var speed = LoadValid(TestPaths.FixtureContent).Comparisons[0].Aspects.Single(a => a.Slug == "speed");

        Assert.Contains("Speed matters less than you think.", speed.IntroHtml, StringComparison.Ordinal);
        var quill = speed.Takes[0];
        Assert.Equal("Fastest of the three, says the source.", quill.CellHtml);
        Assert.Contains("Quill answers quickly.", quill.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"benchmarks\">Benchmarks</h3>", quill.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Lantern does more work", quill.BodyHtml, StringComparison.Ordinal);
        Assert.Equal("quill", speed.Leans);
        Assert.True(speed.InArticleTable);
    }

    [Fact]
    public void Loader_reads_faq_questions_with_anchors_and_rules_with_ids()
    {
        var trio = LoadValid(TestPaths.FixtureContent).Comparisons[0];

        Assert.Equal(["which-one-is-best", "can-i-switch-later"], trio.Faq.Entries.Select(e => e.Anchor));
        Assert.Equal("Which one is best?", trio.Faq.Entries[0].Question);
        Assert.Equal(["quill-pick-every-part", "lantern-needs-admin", "harbor-undecided"], trio.Recommendations.Rules.Select(r => r.Id));
        Assert.Equal("You want to choose <strong>every</strong> part yourself.", trio.Recommendations.Rules[0].WhenHtml);
    }

    [Fact]
    public void Loader_collects_every_editors_note_with_an_anchor_on_its_page()
    {
        var trio = LoadValid(TestPaths.FixtureContent).Comparisons[0];

        Assert.Collection(trio.EditorNotes,
            note =>
            {
                Assert.Equal("/compare/trio", note.PagePath);
                Assert.Equal("editor-note-1", note.Anchor);
                Assert.Contains("both the fastest and the slowest", note.Html, StringComparison.Ordinal);
            },
            note =>
            {
                Assert.Equal("/compare/trio/recommendations", note.PagePath);
                Assert.Equal("editor-note-lantern-needs-admin", note.Anchor);
            });
        Assert.Contains("id=\"editor-note-1\"", trio.OverviewHtml, StringComparison.Ordinal);
        Assert.Contains("Editor’s note", trio.OverviewHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_renders_raw_html_in_markdown_as_text_never_as_markup()
    {
        using var content = ContentFolder.CopyOfFixture();
        content.Replace("compare/trio/frameworks/quill.md", "Quill is a minimal toolkit.", "Quill <script>alert(1)</script> is <b onclick=x>minimal</b>.");

        var quill = LoadValid(content.Directory).Comparisons[0].Frameworks[0];

        var body = quill.IntroHtml + string.Concat(quill.Sections.Select(s => s.BodyHtml));
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onclick", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_leaves_out_drafts_and_says_which()
    {
        using var content = ContentFolder.CopyOfFixture();
        content.Write("compare/trio/aspects/pricing.md", "---\ntitle: Pricing\ndraft: true\n---\nNot ready.\n");

        var loaded = LoadValid(content.Directory);

        Assert.DoesNotContain(loaded.Comparisons[0].Aspects, a => a.Slug == "pricing");
        Assert.Equal(["content/compare/trio/aspects/pricing.md"], loaded.SkippedDrafts);
    }

    [Fact]
    public void Loader_gives_the_same_content_the_same_version_and_changed_content_a_new_one()
    {
        using var content = ContentFolder.CopyOfFixture();
        var first = LoadValid(content.Directory).Version;
        Assert.Equal(first, LoadValid(content.Directory).Version);

        content.Replace("compare/trio/aspects/community.md", "Small and friendly.", "Small.");

        Assert.NotEqual(first, LoadValid(content.Directory).Version);
    }

    [Fact]
    public void Loader_reports_a_missing_content_folder()
    {
        var result = Load(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid()));

        Assert.Contains("content folder not found", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
