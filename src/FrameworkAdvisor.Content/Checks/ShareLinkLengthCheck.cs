using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Content;

/// <summary>
/// A shared result link is the result path plus 'question=option' pairs joined by '&amp;'. With every question
/// answered by its longest option id and marked as mattering a lot ('question=!option') it must still fit
/// <see cref="SitePaths.MaxShareLinkLength"/>. A team link (see <see cref="TeamLinkCodec"/>) with the most members,
/// each with the longest name and every question so answered, must fit <see cref="TeamLinkCodec.MaxLength"/>.
/// </summary>
internal sealed class ShareLinkLengthCheck(string comparisonSlug, QuestionnaireFile questionnaire)
{
    public void Report(ContentErrors errors)
    {
        var questions = questionnaire.Questionnaire.Questions.Where(q => q.Options.Count > 0).ToList();
        var queryLength = questions.Sum(q => q.Id.Length + "=!".Length + q.Options.Max(o => o.Id.Length)) + Math.Max(0, questions.Count - 1);
        var longest = SitePaths.ChooserResult(comparisonSlug).Length + 1 + queryLength;
        if (longest > SitePaths.MaxShareLinkLength)
        {
            errors.Add(questionnaire.Path, questionnaire.GroupsLine,
                $"with every question answered and marked as mattering a lot, a shared link would be {longest} characters, over the limit of " +
                $"{SitePaths.MaxShareLinkLength}; shorten question or option ids");
        }

        const int members = TeamLimits.MaxMembers;
        var names = members * $"{TeamLinkCodec.NameKey}=&".Length + (members * TeamLimits.MaxNameLength);
        var teamAnswers = questions.Sum(q => q.Id.Length + "=&".Length + (members * ("!".Length + q.Options.Max(o => o.Id.Length))) + members - 1);
        var longestTeam = SitePaths.ChooserTeam(comparisonSlug).Length + "?".Length + names + teamAnswers - 1;
        if (longestTeam > TeamLinkCodec.MaxLength)
        {
            errors.Add(questionnaire.Path, questionnaire.GroupsLine,
                $"a team link with {members} members who answered and marked every question would be {longestTeam} characters, over the limit of " +
                $"{TeamLinkCodec.MaxLength}; shorten question or option ids");
        }
    }
}
