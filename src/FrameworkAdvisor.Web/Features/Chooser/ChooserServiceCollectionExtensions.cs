using Microsoft.AspNetCore.Mvc;

namespace FrameworkAdvisor.Web.Features.Chooser;

public static class ChooserServiceCollectionExtensions
{
    /// <summary>
    /// The questionnaire, its scoring and the JSON API over it, whose recommendation request is the one body the site
    /// binds: MVC's JSON settings read it with <see cref="RecommendationRequestJsonConverter"/>, no deeper than
    /// <see cref="RecommendationRequestProblems.MaxJsonDepth"/>, and keep the serializer's exceptions (not its messages)
    /// for <see cref="RecommendationRequestProblems"/> to turn into the 400.
    /// </summary>
    public static IServiceCollection AddChooser(this IServiceCollection services)
    {
        services.AddSingleton<ChooserCatalog>();
        services.Configure<JsonOptions>(options =>
        {
            options.JsonSerializerOptions.Converters.Add(new RecommendationRequestJsonConverter());
            options.JsonSerializerOptions.Converters.Add(new Team.TeamRecommendationRequestJsonConverter());
            options.JsonSerializerOptions.MaxDepth = RecommendationRequestProblems.MaxJsonDepth;
            options.AllowInputFormatterExceptionMessages = false;
        });
        services.Configure<ApiBehaviorOptions>(options => options.InvalidModelStateResponseFactory = RecommendationRequestProblems.FromModelState);
        return services;
    }
}
