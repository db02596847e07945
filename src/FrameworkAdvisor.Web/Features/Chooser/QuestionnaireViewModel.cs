using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Shared;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The questionnaire, possibly prefilled from a link ("change my answers"). <see cref="Problem"/> explains why the
/// visitor was sent back here, such as submitting with every question skipped.
/// </summary>
public sealed record QuestionnaireViewModel(
    ComparisonContext Context, Questionnaire Questionnaire, AnswerSet Answers, IReadOnlyList<IgnoredPart> Ignored, string? Problem)
    : ComparisonPageViewModel(Context, Questionnaire.Title, Questionnaire.Summary, SitePaths.Chooser(Context.Slug))
{
    public static QuestionnaireViewModel For(LoadedChooser chooser, AnswerSet answers, IReadOnlyList<IgnoredPart> ignored, string? problem) =>
        new(chooser.Context, chooser.Questionnaire, answers, ignored, problem);

    public string IntroHtml => Questionnaire.IntroHtml;

    /// <summary>Set when a teammate answers to join a team: the form then adds their answers to it.</summary>
    public Team.TeamJoin? Team { get; init; }

    /// <summary>Where the form goes: the result, or the team's "add me" address when joining a team.</summary>
    public string ResultPath => Team?.AddPath ?? SitePaths.ChooserResult(ComparisonSlug);

    public int QuestionCount => Questionnaire.Groups.Sum(group => group.Questions.Count);

    /// <summary>The groups in page order, each with the anchor its heading gets.</summary>
    public IEnumerable<(QuestionGroup Group, string Anchor)> Groups =>
        Questionnaire.Groups.Select((group, index) => (group, $"group-{index + 1}"));

    public bool IsChosen(Question question, AnswerOption option) => Answers.OptionFor(question.Id) == option.Id;

    /// <summary>What the "matters a lot" checkbox sends beside the question's answer.</summary>
    public string ImportanceMark => ShareLinkCodec.ImportanceMark.ToString();
}
