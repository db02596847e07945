using System.Text.Json.Nodes;
using FrameworkAdvisor.Web.Features.Developers;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>The questionnaire's example: the first comparison's questionnaire, as the API sends it.</summary>
internal sealed class QuestionnaireExample : IApiExample
{
    public ApiExampleBodies? Make(ApiExampleContext context) =>
        context.Chooser is { } chooser ? new(null, context.Answer<ChooserApiController>(api => api.Questionnaire(chooser.Slug))) : null;
}

/// <summary>A recommendation's example: answers to the first comparison's first questions, and what the API answers.</summary>
internal sealed class RecommendationExample : IApiExample
{
    public ApiExampleBodies? Make(ApiExampleContext context)
    {
        if (context.Chooser is not { } chooser)
        {
            return null;
        }

        var request = new JsonObject { ["answers"] = ApiExampleContext.Answers(chooser, disagreeing: false) };
        return new(request, context.Answer<ChooserApiController>(api => api.Recommend(chooser.Slug, context.Read<RecommendationRequest>(request))));
    }
}
