using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.TestSupport;
using FrameworkAdvisor.Web.Features.Chooser;

namespace FrameworkAdvisor.Web.Tests.Features.Chooser;

/// <summary>
/// Choosers, and the parts every result page shows alike, are built once per content generation, and new content is
/// never hidden behind an old one.
/// </summary>
public sealed class ChooserCatalogTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();
    private readonly ContentDatabase _database;
    private readonly ChooserCatalog _catalog;

    public ChooserCatalogTests()
    {
        _database = new ContentDatabase(_directory.File("content.db"));
        Import();
        _catalog = new ChooserCatalog(_database);
    }

    public void Dispose()
    {
        _content.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void The_same_chooser_is_reused_while_the_content_is_unchanged()
    {
        var first = _catalog.Find("trio");

        Assert.NotNull(first);
        Assert.Same(first, _catalog.Find("trio"));
    }

    [Fact]
    public void An_answer_set_is_scored_once_per_content_generation_and_gives_what_the_engine_gives()
    {
        var chooser = _catalog.Find("trio")!;
        var answers = AnswerSet.From(("parts", "pick"), ("admin", "needed"));

        var first = chooser.Recommend(answers);

        Assert.Same(first, chooser.Recommend(AnswerSet.From(("admin", "needed"), ("parts", "pick"))));
        Assert.Equal(chooser.Engine.Recommend(answers), first);
        Assert.NotSame(first, chooser.Recommend(AnswerSet.From(("parts", "pick"))));

        Import();
        Assert.NotSame(first, _catalog.Find("trio")!.Recommend(answers));
    }

    [Fact]
    public void New_content_gives_a_new_chooser_with_its_questions()
    {
        Assert.Equal(3, _catalog.Find("trio")!.Engine.Model.Questions.Count);

        const string budget =
            "      - id: budget\n" +
            "        text: Is money tight?\n" +
            "        why: A question added while the site runs.\n" +
            "        options:\n" +
            "          - id: tight\n" +
            "            label: Yes\n" +
            "          - id: fine\n" +
            "            label: No\n";
        _content.Replace("compare/trio/questionnaire.md", "  - title: You\n    questions:\n", "  - title: You\n    questions:\n" + budget);
        Import();

        Assert.Equal(["parts", "admin", "budget", "undecided"], _catalog.Find("trio")!.Engine.Model.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Unknown_comparisons_and_comparisons_without_a_questionnaire_have_no_chooser()
    {
        Assert.Null(_catalog.Find("nope"));
        Assert.Null(_catalog.Find("duo"));
    }

    [Fact]
    public void The_same_answers_give_the_same_result_page_parts_each_time()
    {
        var answers = AnswerSet.From(("parts", "pick"), ("admin", "needed"));

        var first = Page(answers);
        var second = Page(AnswerSet.From(("admin", "needed"), ("parts", "pick")));

        Assert.Same(first.Parts, second.Parts);
        Assert.Equal(first.Reasons, second.Reasons);
        Assert.Equal(first.AspectsBehindRules, second.AspectsBehindRules);
        Assert.Equal(first.Breadcrumbs, second.Breadcrumbs);
        Assert.Equal(first.RecommendedPath, second.RecommendedPath);
        Assert.Equal(first.QuietLine, second.QuietLine);
    }

    [Fact]
    public void Each_reason_links_to_its_rule_and_says_its_points()
    {
        var page = Page(AnswerSet.From(("parts", "pick"), ("admin", "needed")).WithImportance("admin", matters: true));

        var admin = Assert.Single(page.Reasons, line => line.Rule.Id == "lantern-needs-admin");
        Assert.Equal("/compare/trio/recommendations#lantern-needs-admin", admin.RulePath);
        Assert.Equal("+2 Lantern", admin.Points);
        Assert.Equal("1 × 2: it matters a lot to you", admin.Doubling);
        Assert.Contains(new AspectLink("Admin", "/compare/trio/aspects/admin"), page.AspectsBehindRules);
    }

    [Fact]
    public void New_content_gives_new_result_page_parts_that_say_what_it_says()
    {
        var answers = AnswerSet.From(("admin", "needed"));
        var before = Page(answers);

        _content.Replace("compare/trio/aspects/admin.md", "title: Admin\n", "title: Admin screens\n");
        Import();
        var after = Page(answers);

        Assert.NotSame(before.Parts, after.Parts);
        Assert.Equal([new AspectLink("Admin", "/compare/trio/aspects/admin")], before.AspectsBehindRules);
        Assert.Equal([new AspectLink("Admin screens", "/compare/trio/aspects/admin")], after.AspectsBehindRules);
    }

    private ResultViewModel Page(AnswerSet answers)
    {
        var chooser = _catalog.Find("trio")!;
        var resolved = Assert.IsType<LinkResolution.Resolved>(chooser.Resolve(new DecodedAnswers(answers, [], TooLong: false)));
        return ResultViewModel.For(chooser, resolved, "https://example.test" + chooser.ResultPath(answers));
    }

    private void Import()
    {
        var content = new ContentLoader(new MarkdownRenderer()).Load(_content.Directory);
        Assert.True(content.Succeeded, string.Join("\n", content.Errors));
        new ContentDatabaseBuilder(_database, TimeProvider.System).Build(content.Content!);
    }
}
