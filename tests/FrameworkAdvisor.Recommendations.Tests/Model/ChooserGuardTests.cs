using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Model;

/// <summary>
/// A chooser refuses to be built from rules and questions that do not fit together, and says exactly what is wrong,
/// so a programming mistake fails at start-up rather than as a wrong recommendation.
/// </summary>
public sealed class ChooserGuardTests
{
    [Fact]
    public void One_framework_is_nothing_to_compare()
    {
        AssertRefused("A chooser needs at least two frameworks to compare; got 1.",
            () => new ChooserModel([Quill], [Ask("size", ("small", []))], []));
    }

    [Fact]
    public void A_framework_listed_twice_is_refused()
    {
        AssertRefused("Framework 'quill' is listed twice.", () => new ChooserModel([Quill, Lantern, Quill], PairQuestions, PairRules));
    }

    [Fact]
    public void A_question_listed_twice_is_refused()
    {
        AssertRefused("Question 'size' is listed twice.", () => new ChooserModel([Quill, Lantern], [.. PairQuestions, PairQuestions[0]], PairRules));
    }

    [Fact]
    public void A_rule_listed_twice_is_refused()
    {
        AssertRefused("Rule 'lantern-admin' is listed twice.",
            () => new ChooserModel([Quill, Lantern], PairQuestions, [.. PairRules, Rule("lantern-admin", "lantern", 1)]));
    }

    [Fact]
    public void A_question_with_the_same_option_twice_is_refused()
    {
        AssertRefused("Question 'size' has option 'small' twice.",
            () => new ChooserModel([Quill, Lantern], [Ask("size", ("small", []), ("small", ["quill-small-app"]))], PairRules));
    }

    [Fact]
    public void An_option_naming_an_unknown_rule_is_refused()
    {
        AssertRefused("Option 'small' of question 'size' names rule 'quill-tiny-app', which is not one of this chooser's rules.",
            () => new ChooserModel([Quill, Lantern], [Ask("size", ("small", ["quill-tiny-app"]))], PairRules));
    }

    [Fact]
    public void A_rule_favouring_an_unknown_framework_is_refused()
    {
        AssertRefused("Rule 'harbor-async' favours 'harbor', which is not one of the frameworks (quill, lantern).",
            () => new ChooserModel([Quill, Lantern], PairQuestions, [.. PairRules, Rule("harbor-async", "harbor", 2)]));
    }

    [Fact]
    public void A_rule_with_negative_points_is_refused_but_zero_points_are_allowed()
    {
        AssertRefused("Rule 'lantern-quirk' gives -1 points; points cannot be negative.",
            () => new ChooserModel([Quill, Lantern], PairQuestions, [.. PairRules, Rule("lantern-quirk", "lantern", -1)]));
        var withZero = new ChooserModel([Quill, Lantern], PairQuestions, [.. PairRules, Rule("lantern-quirk", "lantern", 0)]);
        Assert.Equal(0, withZero.FindRule("lantern-quirk")?.Points);
    }

    [Fact]
    public void More_than_one_tie_break_rule_is_refused()
    {
        AssertRefused("Only one rule can be the tie-break; these all are: 'quill-learn-first', 'lantern-default'.",
            () => new ChooserModel([Quill, Lantern], PairQuestions, [.. PairRules, Rule("lantern-default", "lantern", 1, isTieBreak: true)]));
    }

    [Fact]
    public void An_id_that_is_not_a_slug_is_refused_because_links_and_matching_rely_on_slugs()
    {
        AssertRefused("Question id 'Size' is not a slug (lower-case letters and digits joined by single hyphens).",
            () => new ChooserModel([Quill, Lantern], [Ask("Size", ("small", []))], PairRules));
    }

    [Fact]
    public void A_chooser_without_questions_is_refused()
    {
        AssertRefused("A chooser needs at least one question.", () => new ChooserModel([Quill, Lantern], [], PairRules));
    }

    [Fact]
    public void A_question_without_options_is_refused()
    {
        AssertRefused("Question 'size' has no options, so nobody could answer it.", () => new ChooserModel([Quill, Lantern], [Ask("size")], PairRules));
    }

    [Fact]
    public void An_option_naming_the_same_rule_twice_is_refused()
    {
        AssertRefused("Option 'many' of question 'team' names rule 'lantern-big-team' twice.",
            () => new ChooserModel([Quill, Lantern], [Ask("team", ("many", ["lantern-big-team", "lantern-big-team"]))], PairRules));
    }

    [Fact]
    public void A_valid_chooser_answers_lookups_by_id_and_knows_its_tie_break()
    {
        var chooser = Pair();

        Assert.Equal("team", chooser.FindQuestion("team")?.Id);
        Assert.Null(chooser.FindQuestion("colour"));
        Assert.Equal(3, chooser.IndexOfQuestion("team"));
        Assert.Equal(-1, chooser.IndexOfQuestion("colour"));
        Assert.Equal("lantern", chooser.FindRule("lantern-admin")?.Favours);
        Assert.Equal(Lantern, chooser.FindFramework("lantern"));
        Assert.Equal("quill-learn-first", chooser.TieBreakRule?.Id);
    }

    private static void AssertRefused(string expectedMessage, Func<ChooserModel> build)
    {
        var refused = Assert.Throws<ArgumentException>(() => build());
        Assert.Equal(expectedMessage, refused.Message);
    }
}
