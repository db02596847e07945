using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.WhatWouldChange;

/// <summary>
/// "What would change the answer": the fewest answer changes that recommend something else, best first. Every list
/// below was worked out by hand from the tables in <see cref="Choosers"/>.
/// </summary>
public sealed class WhatWouldChangeTests
{
    [Fact]
    public void With_one_answer_the_single_changes_that_flip_it_are_listed_and_skipping_the_only_answer_is_not_one()
    {
        // lantern 3. admin yes→no gives quill 3–0; answering parts=yes makes it 3–3, which quill's tie-break takes.
        // Skipping admin would leave nothing answered, so it is no suggestion.
        var result = Recommend(Pair(), "admin=yes");

        Assert.Equal(
            [
                "admin: yes -> no => quill by Score, lead 3",
                "parts: (skipped) -> yes => quill by TieBreak, lead 0",
            ],
            result.WhatWouldChange.Select(Describe));
        Assert.Equal(AnswerSet.From(("admin", "no")), result.WhatWouldChange[0].Answers);
        Assert.All(result.WhatWouldChange, suggestion => Assert.False(suggestion.Answers.IsEmpty, "a suggestion must leave something answered"));
    }

    [Fact]
    public void Bigger_leads_come_first_and_among_equal_leads_changing_or_adding_an_answer_comes_before_skipping_one()
    {
        // 3–3, quill by tie-break. parts→no: lantern 4–0; team→many: 6–3; skipping parts: 3–0; size→large: 5–3.
        // Team (asked after parts) comes before skipping parts, because adding an answer is preferred at equal lead.
        var result = Recommend(Pair(), "admin=yes", "parts=yes");

        Assert.Equal(Quill, result.Recommended);
        Assert.Equal(
            [
                "parts: yes -> no => lantern by Score, lead 4",
                "team: (skipped) -> many => lantern by Score, lead 3",
                "parts: yes -> (skip) => lantern by Score, lead 3",
                "size: (skipped) -> large => lantern by Score, lead 2",
            ],
            result.WhatWouldChange.Select(Describe));
        Assert.Equal(
            [AnswerChangeKind.Change, AnswerChangeKind.Answer, AnswerChangeKind.Skip, AnswerChangeKind.Answer],
            result.WhatWouldChange.Select(s => s.Changes.Single().Kind));
    }

    [Fact]
    public void Among_equal_leads_and_kinds_earlier_questions_come_first()
    {
        // A neutral answer: 0–0, quill by tie-break. admin→yes and team→many both give lantern 3; size→large 2; parts→no 1.
        var result = Recommend(Pair(), "learning=no");

        Assert.Equal(
            [
                "admin: (skipped) -> yes => lantern by Score, lead 3",
                "team: (skipped) -> many => lantern by Score, lead 3",
                "size: (skipped) -> large => lantern by Score, lead 2",
                "parts: (skipped) -> no => lantern by Score, lead 1",
            ],
            result.WhatWouldChange.Select(Describe));
    }

    [Fact]
    public void When_no_single_change_flips_it_the_pairs_that_do_are_listed_best_first_each_in_questionnaire_order()
    {
        // quill pick parts 3 (from admin and parts) + learn first 1 = 4, lantern 0. Changing admin alone leaves
        // pick parts counted through parts, so every flip needs admin→yes and one more change.
        var result = Recommend(Pair(), "admin=no", "parts=yes", "learning=yes");

        Assert.Equal((Quill, 4), (result.Recommended, result.Lead));
        Assert.Equal(
            [
                "admin: no -> yes, parts: yes -> no => lantern by Score, lead 3",
                "admin: no -> yes, team: (skipped) -> many => lantern by Score, lead 2",
                "admin: no -> yes, parts: yes -> (skip) => lantern by Score, lead 2",
                "size: (skipped) -> large, admin: no -> yes => lantern by Score, lead 1",
            ],
            result.WhatWouldChange.Select(Describe));
        Assert.Equal(AnswerSet.From(("admin", "yes"), ("parts", "no"), ("learning", "yes")), result.WhatWouldChange[0].Answers);
    }

    [Fact]
    public void When_nothing_within_the_limit_flips_it_the_list_is_empty_and_the_limit_is_there_to_say_so()
    {
        var engine = new RecommendationEngine(Pair(), maxChanges: 1);

        var result = Recommend(engine, "admin=no", "parts=yes", "learning=yes");

        Assert.Empty(result.WhatWouldChange);
        Assert.Equal(1, result.MaxChanges);
        Assert.Equal(3, new RecommendationEngine(Pair()).MaxChanges);
    }

    [Fact]
    public void Suggestions_can_lead_to_different_frameworks_among_three()
    {
        // lantern 2. admin→no: quill 2–0; async→yes: lantern and harbor level, harbor's tie-break; size→small: quill
        // and lantern level, harbor not among them, so quill as the first in framework order.
        var result = Recommend(Trio(), "admin=yes");

        Assert.Equal(
            [
                "admin: yes -> no => quill by Score, lead 2",
                "async: (skipped) -> yes => harbor by TieBreak, lead 0",
                "size: (skipped) -> small => quill by Score, lead 0",
            ],
            result.WhatWouldChange.Select(Describe));
    }

    [Fact]
    public void At_most_five_suggestions_are_listed_the_biggest_leads_first()
    {
        // One neutral answer, 0–0: any "2 points to lantern" answer flips it with lead 2 (12 of them), any "1 point" with lead 1.
        var result = Recommend(Wide(), "q1=neutral");

        Assert.Equal(
            [
                "q1: neutral -> lantern-two => lantern by Score, lead 2",
                "q2: (skipped) -> lantern-two => lantern by Score, lead 2",
                "q3: (skipped) -> lantern-two => lantern by Score, lead 2",
                "q4: (skipped) -> lantern-two => lantern by Score, lead 2",
                "q5: (skipped) -> lantern-two => lantern by Score, lead 2",
            ],
            result.WhatWouldChange.Select(Describe));
    }

    [Fact]
    public void A_lead_no_three_changes_can_overturn_reports_no_suggestion()
    {
        // Every question answered for quill (12 × 3 = 36): no three changes can flip it, so the whole space is searched.
        var engine = new RecommendationEngine(Wide());
        var answers = AnswerSet.From([.. Enumerable.Range(1, 12).Select(n => ($"q{n}", "quill-three"))]);

        var result = Assert.IsType<Recommendation>(engine.Recommend(answers));

        Assert.Empty(result.WhatWouldChange);
        Assert.Equal(3, result.MaxChanges);
    }

    private static string Describe(ChangeSuggestion suggestion) =>
        string.Join(", ", suggestion.Changes.Select(c => $"{c.Question.Id}: {c.From?.Id ?? "(skipped)"} -> {c.To?.Id ?? "(skip)"}"))
        + $" => {suggestion.NewRecommended.Slug} by {suggestion.DecidedBy}, lead {suggestion.Lead}";

    /// <summary>
    /// Twelve questions q1…q12 of four options each: quill-three (3 points to quill), lantern-one (1 to lantern),
    /// neutral, lantern-two (2 to lantern); every question has its own rules. No tie-break: level goes to quill, listed first.
    /// </summary>
    private static ChooserModel Wide()
    {
        var numbers = Enumerable.Range(1, 12).ToList();
        return new ChooserModel(
            [Quill, Lantern],
            [.. numbers.Select(n => Ask($"q{n}", ("quill-three", [$"quill-q{n}"]), ("lantern-one", [$"lantern-q{n}-one"]), ("neutral", []), ("lantern-two", [$"lantern-q{n}-two"])))],
            [.. numbers.SelectMany(n => new[] { Rule($"quill-q{n}", "quill", 3), Rule($"lantern-q{n}-one", "lantern", 1), Rule($"lantern-q{n}-two", "lantern", 2) })]);
    }
}
