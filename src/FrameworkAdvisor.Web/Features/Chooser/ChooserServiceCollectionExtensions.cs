namespace FrameworkAdvisor.Web.Features.Chooser;

public static class ChooserServiceCollectionExtensions
{
    /// <summary>The questionnaire, its scoring and the JSON API over it.</summary>
    public static IServiceCollection AddChooser(this IServiceCollection services) => services.AddSingleton<ChooserCatalog>();
}
