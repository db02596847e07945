namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// One comparison's questionnaire and the rules its answers trigger. The constructor checks that everything refers to
/// something that exists, so scoring never meets a dangling id. The content loader reports authoring mistakes with
/// file and line before this; these checks guard against programming mistakes, hence exceptions rather than a report.
/// </summary>
public sealed class ChooserModel
{
    private readonly Dictionary<string, int> questionPositions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> ruleIndexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> frameworkIndexes = new(StringComparer.Ordinal);

    /// <summary>A chooser whose questions have no page around them, as tests and tools build them.</summary>
    public ChooserModel(IReadOnlyList<Framework> frameworks, IReadOnlyList<Question> questions, IReadOnlyList<Rule> rules)
        : this(frameworks, new Questionnaire("", "", "", [new QuestionGroup("", questions ?? throw new ArgumentNullException(nameof(questions)))]), rules)
    {
    }

    public ChooserModel(IReadOnlyList<Framework> frameworks, Questionnaire questionnaire, IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(rules);

        Questionnaire = questionnaire;
        Frameworks = new ValueList<Framework>(frameworks);
        Questions = new ValueList<Question>(questionnaire.Questions);
        Rules = new ValueList<Rule>(rules);

        IndexFrameworks();
        IndexRules();
        IndexQuestions();

        TieBreakRule = FindTieBreakRule();
        TieBreakFramework = TieBreakRule is null ? -1 : frameworkIndexes[TieBreakRule.Favours];
        RuleFrameworks = [.. Rules.Select(rule => frameworkIndexes[rule.Favours])];
        RulePoints = [.. Rules.Select(rule => rule.Points)];
        OptionRules = [.. Questions.Select(question => question.Options.Select(option => option.RuleIds.Select(id => ruleIndexes[id]).ToArray()).ToArray())];
    }

    /// <summary>The questionnaire page as authored: its words and its questions in groups.</summary>
    public Questionnaire Questionnaire { get; }

    /// <summary>The compared frameworks, in the order scores are listed and ties are settled.</summary>
    public IReadOnlyList<Framework> Frameworks { get; }

    /// <summary>The questions in questionnaire order; a question's index here is its position.</summary>
    public IReadOnlyList<Question> Questions { get; }

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The rule that settles level scores, if the comparison has one.</summary>
    public Rule? TieBreakRule { get; }

    // Index-based views for the engine and the change search, which score many answer sets and so avoid lookups by id.
    internal int TieBreakFramework { get; }

    internal int[] RuleFrameworks { get; }

    internal int[] RulePoints { get; }

    /// <summary>[question position][option position] → indexes into <see cref="Rules"/>, in the option's order.</summary>
    internal int[][][] OptionRules { get; }

    /// <summary>The question a visitor meant, matched as <see cref="AnswerIds.Normalize"/> says, or null.</summary>
    public Question? FindQuestion(string questionId) =>
        IndexOfQuestion(AnswerIds.Normalize(questionId)) is var position and >= 0 ? Questions[position] : null;

    /// <summary>The question's position in the questionnaire (0 for the first), or -1 if there is no such question.</summary>
    public int IndexOfQuestion(string questionId) =>
        questionId is not null && questionPositions.TryGetValue(questionId, out var position) ? position : -1;

    public Rule? FindRule(string ruleId) =>
        ruleId is not null && ruleIndexes.TryGetValue(ruleId, out var index) ? Rules[index] : null;

    public Framework? FindFramework(string slug) =>
        slug is not null && frameworkIndexes.TryGetValue(slug, out var index) ? Frameworks[index] : null;

    /// <summary>
    /// The chosen option's position for each question (-1 when skipped). Throws if the answers name a question or
    /// option this chooser does not have: answers from a visitor go through the share-link decoder, which drops those.
    /// </summary>
    internal int[] OptionPositions(AnswerSet answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var chosen = new int[Questions.Count];
        Array.Fill(chosen, -1);
        foreach (var (questionId, optionId) in answers.Pairs)
        {
            var position = IndexOfQuestion(questionId);
            if (position < 0)
            {
                throw new ArgumentException($"There is no question '{questionId}' in this chooser.", nameof(answers));
            }

            chosen[position] = IndexOfOption(Questions[position], optionId);
            if (chosen[position] < 0)
            {
                throw new ArgumentException($"Question '{questionId}' has no option '{optionId}'.", nameof(answers));
            }
        }

        return chosen;
    }

    /// <summary>For each question, whether its answer is marked as mattering a lot.</summary>
    internal bool[] ImportantPositions(AnswerSet answers) => [.. Questions.Select(question => answers.IsImportant(question.Id))];

    /// <summary>Throws <see cref="ArgumentException"/> unless every answer names a question and option of this chooser.</summary>
    public void EnsureBelongs(AnswerSet answers) => _ = OptionPositions(answers);

    private static int IndexOfOption(Question question, string optionId)
    {
        for (var i = 0; i < question.Options.Count; i++)
        {
            if (string.Equals(question.Options[i].Id, optionId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void IndexFrameworks()
    {
        if (Frameworks.Count < 2)
        {
            throw Invalid($"A chooser needs at least two frameworks to compare; got {Frameworks.Count}.");
        }

        for (var i = 0; i < Frameworks.Count; i++)
        {
            var framework = Frameworks[i] ?? throw Invalid($"Framework {i + 1} is null.");
            RequireSlug("Framework", framework.Slug);
            if (!frameworkIndexes.TryAdd(framework.Slug, i))
            {
                throw Invalid($"Framework '{framework.Slug}' is listed twice.");
            }
        }
    }

    private void IndexRules()
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i] ?? throw Invalid($"Rule {i + 1} is null.");
            RequireSlug("Rule", rule.Id);
            if (!ruleIndexes.TryAdd(rule.Id, i))
            {
                throw Invalid($"Rule '{rule.Id}' is listed twice.");
            }

            if (rule.Favours is null || !frameworkIndexes.ContainsKey(rule.Favours))
            {
                throw Invalid($"Rule '{rule.Id}' favours '{rule.Favours}', which is not one of the frameworks ({string.Join(", ", Frameworks.Select(framework => framework.Slug))}).");
            }

            if (rule.Points < 0)
            {
                throw Invalid($"Rule '{rule.Id}' gives {Counted.Of(rule.Points, "point")}; points cannot be negative.");
            }
        }
    }

    private void IndexQuestions()
    {
        if (Questions.Count == 0)
        {
            throw Invalid("A chooser needs at least one question.");
        }

        for (var i = 0; i < Questions.Count; i++)
        {
            var question = Questions[i] ?? throw Invalid($"Question {i + 1} is null.");
            RequireSlug("Question", question.Id);
            if (!questionPositions.TryAdd(question.Id, i))
            {
                throw Invalid($"Question '{question.Id}' is listed twice.");
            }

            if (question.Options is null || question.Options.Count == 0)
            {
                throw Invalid($"Question '{question.Id}' has no options, so nobody could answer it.");
            }

            var optionIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var option in question.Options)
            {
                if (option is null)
                {
                    throw Invalid($"Question '{question.Id}' has a null option.");
                }

                RequireSlug($"Option of question '{question.Id}'", option.Id);
                if (!optionIds.Add(option.Id))
                {
                    throw Invalid($"Question '{question.Id}' has option '{option.Id}' twice.");
                }

                CheckOptionRules(question, option);
            }
        }
    }

    private void CheckOptionRules(Question question, AnswerOption option)
    {
        if (option.RuleIds is null)
        {
            throw Invalid($"Option '{option.Id}' of question '{question.Id}' has no rule list; use an empty list for a neutral answer.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ruleId in option.RuleIds)
        {
            if (ruleId is null || !ruleIndexes.ContainsKey(ruleId))
            {
                throw Invalid($"Option '{option.Id}' of question '{question.Id}' names rule '{ruleId}', which is not one of this chooser's rules.");
            }

            if (!seen.Add(ruleId))
            {
                throw Invalid($"Option '{option.Id}' of question '{question.Id}' names rule '{ruleId}' twice.");
            }
        }
    }

    private Rule? FindTieBreakRule()
    {
        var tieBreaks = Rules.Where(rule => rule.IsTieBreak).ToList();
        return tieBreaks.Count <= 1
            ? tieBreaks.SingleOrDefault()
            : throw Invalid($"Only one rule can be the tie-break; these all are: {string.Join(", ", tieBreaks.Select(rule => $"'{rule.Id}'"))}.");
    }

    private static void RequireSlug(string what, string id)
    {
        if (!Slug.IsValid(id))
        {
            throw Invalid($"{what} id '{id}' is not a slug (lower-case letters and digits joined by single hyphens).");
        }
    }

    private static ArgumentException Invalid(string message) => new(message);
}
