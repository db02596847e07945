using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Features.Team;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkAdvisor.Web.Tests.Features.Team;

/// <summary>The shipped questionnaire's longest team link: twelve members with the longest names, every question answered with its longest answer and marked.</summary>
public sealed class TeamLinkLengthTests(ShippedSiteFactory site) : IClassFixture<ShippedSiteFactory>
{
    [Fact]
    public async Task Twelve_members_who_answered_and_marked_every_question_make_a_link_of_at_most_2000_characters()
    {
        var client = site.CreateClient();
        var home = await client.GetPageAsync("/");
        var slug = home.QuerySelector("a[href^='/compare/']")!.GetAttribute("href")!.Split('/')[2].Split('#')[0];
        var chooser = site.Services.GetRequiredService<ChooserCatalog>().Find(slug)!;
        var everything = chooser.Model.Questions.Aggregate(AnswerSet.Empty, (answers, q) =>
            answers.With(q.Id, q.Options.OrderByDescending(o => o.Id.Length).First().Id).WithImportance(q.Id, matters: true));
        var team = Enumerable.Range(0, TeamLimits.MaxMembers).Select(i => new TeamMember(new string((char)('a' + i), TeamLimits.MaxNameLength), everything)).ToList();

        var link = new Uri(new Uri("https://example.org"), TeamLinks.TeamPath(chooser, team)).PathAndQuery;
        using var response = await client.GetAsync(link);

        Assert.True(link.Length <= TeamLinkCodec.MaxLength, $"{link.Length} characters: {link}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TeamLimits.MaxMembers, (await client.GetPageAsync(link)).QuerySelectorAll(".team-members li").Length);
    }
}
