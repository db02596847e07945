using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Features.Developers;

namespace FrameworkAdvisor.Web.Features.Team;

// The team API's shapes. Read with TeamRecommendationRequestJsonConverter, which gives each member's answers the
// recommendation request's own reader; the bounds here are what the OpenAPI document states, and the converter and
// the controller enforce them with messages that say what to fix.

[Description("A team's answers: each member's name and answers, in the order they joined.")]
public sealed record TeamRecommendationRequest(
    [MinLength(TeamLimits.MinMembers), MaxLength(TeamLimits.MaxMembers)]
    [property: Description("The members, 2 to 12, in the order they joined; the team link lists them in this order.")]
    IReadOnlyList<TeamMemberRequest> Members);

[Description("One member: an optional name, and answers as a recommendation request takes them.")]
public sealed record TeamMemberRequest(
    [property: Description("Question id → the answer: an option id; or {\"option\": \"<optionId>\", \"importance\": \"high\"} when it matters a lot; or null to skip the question. At least one question must be answered.")]
    IReadOnlyDictionary<string, Answer?> Answers,
    [MaxLength(TeamLimits.MaxNameLength)]
    [property: Description("A name or initials, up to 24 characters and no control characters; empty or left out for none. It travels in the team link.")]
    string? Name = null);

[Description("A team's recommendation: the members' scores added up and judged as one person's, each member's own verdict, where they disagree and what would settle it.")]
public sealed record TeamRecommendationResponse(
    RecommendedItem Recommended,
    [property: Description("Every framework's points, the sum of the members' points, and its share of all points, in column order.")] IReadOnlyList<ScoreItem> Scores,
    [property: Description("How sure the team's recommendation is: clear-fit, leaning or toss-up (a clear fit needs its lead per member).")] ConfidenceLevel Confidence,
    [property: Description("The members in the order they joined, each with their own recommendation.")] IReadOnlyList<TeamMemberItem> Members,
    [property: Description("Every question in questionnaire order, with each member's answer.")] IReadOnlyList<TeamQuestionItem> Questions,
    [property: Description("Agreed answers to disputed questions that would change the team's recommendation, the fewest changed answers first.")] IReadOnlyList<SettleItem> Settle,
    [property: Url, Description("The team page, to send to the team.")] string TeamUrl);

[Description("One member and what their own answers recommend.")]
public sealed record TeamMemberItem(
    [property: Description("The name as given, trimmed; empty when none was given.")] string Name,
    [property: Description("The slug of the framework the member's own answers recommend.")] string Recommended,
    [property: Url, Description("The member's own result page.")] string ShareUrl);

[Description("One question and every member's answer to it.")]
public sealed record TeamQuestionItem(
    [property: Description("The question's id.")] string Question,
    [property: Description("Each member's answer, in member order.")] IReadOnlyList<MemberAnswerItem> Answers,
    [property: Description("True when no two members chose different answers (a skip disagrees with no one).")] bool Agreed);

[Description("One member's answer to a question.")]
public sealed record MemberAnswerItem(
    [property: Description("The member's name, as in members.")] string Name,
    [property: Description("The chosen option's id, or null when the member skipped the question.")] string? Answer,
    [property: Description("\"high\" when the answer matters a lot to the member, else \"normal\".")] Importance Importance);

[Description("If every member gave this answer to this disputed question, the team would be recommended another framework.")]
public sealed record SettleItem(
    [property: Description("The question's id.")] string Question,
    [property: Description("The option id everyone would answer.")] string Answer,
    [property: Description("The slug of the framework the team would then be recommended.")] string Recommended,
    [property: Range(1, TeamLimits.MaxMembers), Description("How many members would change their answer (one who skipped counts).")] int Changes);

/// <summary>A team's example: two members who answer the first comparison's first questions differently, and what the API answers.</summary>
internal sealed class TeamRecommendationExample : IApiExample
{
    public ApiExampleBodies? Make(ApiExampleContext context)
    {
        if (context.Chooser is not { } chooser)
        {
            return null;
        }

        var request = new JsonObject
        {
            ["members"] = new JsonArray(
                new JsonObject { ["name"] = "Ana", ["answers"] = ApiExampleContext.Answers(chooser, disagreeing: false) },
                new JsonObject { ["name"] = "Bo", ["answers"] = ApiExampleContext.Answers(chooser, disagreeing: true) }),
        };
        return new(request, context.Answer<TeamApiController>(api => api.Recommend(chooser.Slug, context.Read<TeamRecommendationRequest>(request))));
    }
}

/// <summary>
/// Reads a team request for [FromBody], as <see cref="RecommendationRequestJsonConverter"/> reads one person's: the
/// wrong shape is refused with what to send, each member's answers by that converter's own reader, and the member
/// count is checked here so the error says the bounds.
/// </summary>
internal sealed class TeamRecommendationRequestJsonConverter : JsonConverter<TeamRecommendationRequest>
{
    public const string Expected = "{\"members\": [{\"name\": \"<name>\", \"answers\": {\"<questionId>\": \"<optionId>\"}}, …]}";

    public override bool HandleNull => true;

    public override TeamRecommendationRequest Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
    {
        if (reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
        {
            throw NoMembers();
        }

        List<TeamMemberRequest>? members = null;
        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
        {
            var name = RecommendationRequestJsonConverter.ReadString(ref reader);
            reader.Read();
            if (name == "members")
            {
                members = ReadMembers(ref reader);
            }
            else
            {
                RecommendationRequestJsonConverter.Skip(ref reader);
            }
        }

        if (members is null)
        {
            throw NoMembers();
        }

        return members.Count is < TeamLimits.MinMembers or > TeamLimits.MaxMembers
            ? throw RecommendationRequestException.Shape("members", $"A team has {TeamLimits.MinMembers} to {TeamLimits.MaxMembers} members; this one has {members.Count}.")
            : new TeamRecommendationRequest(members);
    }

    public override void Write(System.Text.Json.Utf8JsonWriter writer, TeamRecommendationRequest value, System.Text.Json.JsonSerializerOptions options) =>
        throw new NotSupportedException("A team request is only ever read.");

    private static List<TeamMemberRequest> ReadMembers(ref System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType != System.Text.Json.JsonTokenType.StartArray)
        {
            throw RecommendationRequestException.Shape("members", "'members' must be an array of {\"name\": …, \"answers\": {…}} objects.");
        }

        var members = new List<TeamMemberRequest>();
        while (reader.Read() && reader.TokenType != System.Text.Json.JsonTokenType.EndArray)
        {
            var key = $"members[{members.Count}]";
            if (reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
            {
                throw RecommendationRequestException.Shape(key, "Each member must be an object with 'answers' and, if you like, 'name'.");
            }

            string? name = null;
            IReadOnlyDictionary<string, Answer?>? answers = null;
            while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                var property = RecommendationRequestJsonConverter.ReadString(ref reader);
                reader.Read();
                if (property == "name" && reader.TokenType == System.Text.Json.JsonTokenType.String)
                {
                    name = RecommendationRequestJsonConverter.ReadString(ref reader);
                    if (TeamLimits.CleanName(name) is null)
                    {
                        throw RecommendationRequestException.Shape($"{key}.name", $"A name has up to {TeamLimits.MaxNameLength} characters and no control characters.");
                    }
                }
                else if (property == "name" && reader.TokenType != System.Text.Json.JsonTokenType.Null)
                {
                    throw RecommendationRequestException.Shape($"{key}.name", "'name' must be a string, or null for none.");
                }
                else if (property == "answers")
                {
                    answers = RecommendationRequestJsonConverter.ReadAnswers(ref reader, $"{key}.answers");
                }
                else
                {
                    RecommendationRequestJsonConverter.Skip(ref reader);
                }
            }

            members.Add(new TeamMemberRequest(answers ?? throw RecommendationRequestException.Shape($"{key}.answers", "Each member needs 'answers'."), name));
            if (members.Count > TeamLimits.MaxMembers)
            {
                throw RecommendationRequestException.Shape("members", $"A team has {TeamLimits.MinMembers} to {TeamLimits.MaxMembers} members; this one has more.");
            }
        }

        return members;
    }

    private static RecommendationRequestException NoMembers() =>
        RecommendationRequestException.Shape("members", $"The body must be an object with a 'members' property: {Expected}.");
}
