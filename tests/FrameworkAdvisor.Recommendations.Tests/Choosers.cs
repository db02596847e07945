namespace FrameworkAdvisor.Recommendations.Tests;

/// <summary>
/// Hand-made choosers whose scores can be worked out on paper. Expected values in the tests are computed by hand from
/// the tables below, never by calling the engine.
/// </summary>
/// <remarks>
/// <para><b>Pair</b> (quill, lantern; tie-break favours quill). Rules and points:</para>
/// <code>
/// quill-small-app   quill   2
/// quill-pick-parts  quill   3
/// lantern-admin     lantern 3
/// lantern-big-team  lantern 2
/// lantern-batteries lantern 1
/// quill-learn-first quill   1   tie-break
///
/// size      small → quill-small-app | large → lantern-big-team | unsure → (neutral)
/// admin     yes → lantern-admin     | no → quill-pick-parts
/// parts     yes → quill-pick-parts  | no → lantern-batteries
/// team      solo → quill-learn-first | many → lantern-big-team, lantern-batteries
/// learning  yes → quill-learn-first | no → (neutral)
/// </code>
/// <para><b>Trio</b> (quill, lantern, harbor; tie-break favours harbor, which no answer triggers):</para>
/// <code>
/// quill-tiny 2 (quill), lantern-admin 2 (lantern), harbor-async 2 (harbor), harbor-safe-default 1 (harbor, tie-break)
///
/// admin  yes → lantern-admin | no → quill-tiny
/// async  yes → harbor-async  | no → (neutral)
/// size   small → quill-tiny  | big → lantern-admin
/// </code>
/// </remarks>
internal static class Choosers
{
    public static Framework Quill { get; } = new("quill", "Quill");

    public static Framework Lantern { get; } = new("lantern", "Lantern");

    public static Framework Harbor { get; } = new("harbor", "Harbor");

    public static IReadOnlyList<Rule> PairRules { get; } =
    [
        Rule("quill-small-app", "quill", 2),
        Rule("quill-pick-parts", "quill", 3),
        Rule("lantern-admin", "lantern", 3),
        Rule("lantern-big-team", "lantern", 2),
        Rule("lantern-batteries", "lantern", 1),
        Rule("quill-learn-first", "quill", 1, isTieBreak: true),
    ];

    public static IReadOnlyList<Question> PairQuestions { get; } =
    [
        Ask("size", ("small", ["quill-small-app"]), ("large", ["lantern-big-team"]), ("unsure", [])),
        Ask("admin", ("yes", ["lantern-admin"]), ("no", ["quill-pick-parts"])),
        Ask("parts", ("yes", ["quill-pick-parts"]), ("no", ["lantern-batteries"])),
        Ask("team", ("solo", ["quill-learn-first"]), ("many", ["lantern-big-team", "lantern-batteries"])),
        Ask("learning", ("yes", ["quill-learn-first"]), ("no", [])),
    ];

    public static ChooserModel Pair() => new([Quill, Lantern], PairQuestions, PairRules);

    public static ChooserModel Trio() => new(
        [Quill, Lantern, Harbor],
        [
            Ask("admin", ("yes", ["lantern-admin"]), ("no", ["quill-tiny"])),
            Ask("async", ("yes", ["harbor-async"]), ("no", [])),
            Ask("size", ("small", ["quill-tiny"]), ("big", ["lantern-admin"])),
        ],
        [
            Rule("quill-tiny", "quill", 2),
            Rule("lantern-admin", "lantern", 2),
            Rule("harbor-async", "harbor", 2),
            Rule("harbor-safe-default", "harbor", 1, isTieBreak: true),
        ]);

    public static Rule Rule(string id, string favours, int points, bool isTieBreak = false) =>
        new(id, favours, points, isTieBreak, $"/compare/test/recommendations#{id}", $"When rule {id} applies.");

    /// <summary>A question whose options are (id, rule ids); labels and texts are derived, as no test reads them.</summary>
    public static Question Ask(string id, params (string Id, string[] RuleIds)[] options) =>
        new(id, $"Question {id}?", $"Why we ask {id}.", [.. options.Select(option => new AnswerOption(option.Id, $"Answer {option.Id}", option.RuleIds))]);

    /// <summary>Scores answers given as "question=option" strings and asserts the outcome is a recommendation.</summary>
    public static Recommendation Recommend(ChooserModel chooser, params string[] answers) =>
        Recommend(new RecommendationEngine(chooser), answers);

    public static Recommendation Recommend(RecommendationEngine engine, params string[] answers)
    {
        var outcome = engine.Recommend(Answers(answers));
        return Assert.IsType<Recommendation>(outcome);
    }

    /// <summary>An answer set from "question=option" strings.</summary>
    public static AnswerSet Answers(params string[] answers) =>
        AnswerSet.From(answers.Select(answer => answer.Split('=')).Select(parts => (parts[0], parts[1])).ToArray());
}
