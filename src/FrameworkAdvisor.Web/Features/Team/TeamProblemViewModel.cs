using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Shared;

namespace FrameworkAdvisor.Web.Features.Team;

/// <summary>A team link that cannot be used: why, in a sentence, and the way back to the questionnaire.</summary>
public sealed record TeamProblemViewModel(ComparisonContext Context, string Reason)
    : ComparisonPageViewModel(Context, "This team link cannot be used", Reason, SitePaths.ChooserTeam(Context.Slug))
{
    public string QuestionnairePath => SitePaths.Chooser(Context.Slug);
}
