namespace FrameworkAdvisor.Content;

/// <summary>
/// A shared result link is the result path plus 'question=option' pairs joined by '&amp;'. With every question
/// answered by its longest option id and marked as mattering a lot ('question=!option') it must still fit
/// <see cref="SitePaths.MaxShareLinkLength"/>.
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
    }
}
