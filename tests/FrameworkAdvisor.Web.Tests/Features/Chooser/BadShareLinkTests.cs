using System.Net;
using AngleSharp.Html.Parser;

namespace FrameworkAdvisor.Web.Tests.Features.Chooser;

/// <summary>
/// A share link that gives no result gets the same kind of answer wherever it is opened: the result page answers 400
/// with the questionnaire and the reason, and its card and decision record, which have no page to show it on, answer
/// 400 with the same reason as a short plain-text body. Never a picture, a file or a redirect.
/// </summary>
public sealed class BadShareLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Page = "/compare/trio/choose/result";
    private const string NothingAnswered = "Answer at least one question to get a recommendation.";
    private const string TooLong =
        "This link is longer than any the chooser makes, so we could not read its answers. Please answer the questions again.";

    private static readonly string[] Endpoints = [Page, "/cards/compare/trio/choose/result.png", "/compare/trio/choose/decision-record"];

    private static readonly (string Query, string Reason)[] Links =
    [
        ("", NothingAnswered),
        ("?nothing=here", NothingAnswered),
        ("?parts=&admin=&undecided=", NothingAnswered),
        ("?parts=nope&admin=maybe", NothingAnswered),
        ("?utm_source=newsletter&fbclid=abc", NothingAnswered),
        ("?" + string.Join('&', Enumerable.Repeat("parts=pick", 70)), TooLong),
        ("?" + string.Join('&', Enumerable.Repeat("parts=pick", 70)) + "&utm_source=x", TooLong),
    ];

    public static TheoryData<string, string, string> BadLinks
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var endpoint in Endpoints)
            {
                foreach (var (query, reason) in Links)
                {
                    data.Add(endpoint, query, reason);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BadLinks))]
    public async Task A_link_that_gives_no_result_is_a_400_with_its_reason_on_every_address_that_shows_a_result(string endpoint, string query, string reason)
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(endpoint + query);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (endpoint == Page)
        {
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var page = await new HtmlParser().ParseDocumentAsync(body);
            Assert.Equal(reason, page.Text("[role=alert]"));
            Assert.NotNull(page.QuerySelector("form.chooser"));
        }
        else
        {
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(reason, body);
        }
    }
}
