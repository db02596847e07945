namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// One of the compared frameworks. <see cref="Slug"/> is what rules name in <see cref="Rule.Favours"/>;
/// <see cref="Colour"/> and <see cref="ColourDark"/> (#rrggbb, light and dark pages) stand for it wherever it is drawn.
/// </summary>
public sealed record Framework(string Slug, string Title, string Summary = "", string Colour = "", string ColourDark = "");

/// <summary>
/// One of the article's recommendation rules, the one shape used from the content loader through the store to the
/// engine and the views. <see cref="WhenText"/> says when it applies (<see cref="WhenHtml"/> is the same with links);
/// <see cref="Cites"/> is the site path and anchor where our pages state it, so every point can be traced. The
/// tie-break rule decides when the top frameworks are level; an answer can also trigger it like any other rule.
/// </summary>
public sealed record Rule(string Id, string Favours, int Points, bool IsTieBreak, string Cites, string WhenText)
{
    public string WhenHtml { get; init; } = WhenText;

    /// <summary>Where in the source article the rule comes from, in the article's own terms.</summary>
    public string ArticleReference { get; init; } = "";

    /// <summary>A complete editor's-note block, anchored as editor-note-&lt;id&gt;, when we dispute the rule.</summary>
    public string? EditorNoteHtml { get; init; }

    /// <summary>The same note as its author wrote it, in Markdown with site-relative links, for Markdown exports.</summary>
    public string? EditorNoteMarkdown { get; init; }

    /// <summary>The title of the aspect page <see cref="Cites"/> points into, or null when it cites another page.</summary>
    public string? CitedAspectTitle { get; init; }

    /// <summary>The cited page without its anchor.</summary>
    public string CitedPath => Cites.Split('#')[0];
}

/// <summary>
/// One answer a visitor can pick. An option with no rules is a neutral answer: it is listed in the explanation with
/// zero points, which is what makes "no preference" different from not answering.
/// </summary>
public sealed record AnswerOption(string Id, string Label, IReadOnlyList<string> RuleIds)
{
    public bool IsNeutral => RuleIds.Count == 0;
}

/// <summary>One question. <see cref="Why"/> tells the visitor why we ask it.</summary>
public sealed record Question(string Id, string Text, string Why, IReadOnlyList<AnswerOption> Options)
{
    /// <summary>The option with this id, matched as <see cref="AnswerIds.Normalize"/> says, or null.</summary>
    public AnswerOption? FindOption(string optionId)
    {
        var wanted = AnswerIds.Normalize(optionId);
        foreach (var option in Options)
        {
            if (string.Equals(option.Id, wanted, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }
}

/// <summary>Questions under one heading of the questionnaire page.</summary>
public sealed record QuestionGroup(string Title, IReadOnlyList<Question> Questions);

/// <summary>The questionnaire page: its words and its questions in groups, in page order.</summary>
public sealed record Questionnaire(string Title, string Summary, string IntroHtml, IReadOnlyList<QuestionGroup> Groups)
{
    public IEnumerable<Question> Questions => Groups.SelectMany(group => group.Questions);
}
