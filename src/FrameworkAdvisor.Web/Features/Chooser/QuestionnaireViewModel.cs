using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Features.Shared;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The questionnaire, possibly prefilled from a link ("change my answers"). <see cref="Problem"/> explains why the
/// visitor was sent back here, such as submitting with every question skipped.
/// </summary>
public sealed record QuestionnaireViewModel(LoadedChooser Chooser, AnswerSet Answers, IReadOnlyList<IgnoredPart> Ignored, string? Problem)
    : ComparisonPageViewModel(Chooser.Context, Chooser.Questionnaire.Title, Chooser.Questionnaire.Summary, SitePaths.Chooser(Chooser.Slug))
{
    public string IntroHtml => Chooser.Questionnaire.IntroHtml;

    public string ResultPath => SitePaths.ChooserResult(Chooser.Slug);

    public int QuestionCount => Chooser.Chooser.Questions.Count;

    /// <summary>The groups in page order, each with the anchor its heading gets.</summary>
    public IEnumerable<(QuestionGroup Group, string Anchor)> Groups =>
        Chooser.Questionnaire.Groups.Select((group, index) => (group, $"group-{index + 1}"));

    public bool IsChosen(Question question, AnswerOption option) => Answers.OptionFor(question.Id) == option.Id;

    /// <summary>What the "matters a lot" checkbox sends beside the question's answer.</summary>
    public string ImportanceMark => ShareLinkCodec.ImportanceMark.ToString();
}
