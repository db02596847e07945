namespace FrameworkAdvisor.Web.Features.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>The picture cards: the typeface is loaded once, and drawing holds no state between cards.</summary>
    public static IServiceCollection AddCards(this IServiceCollection services) =>
        services.AddSingleton<CardFonts>().AddSingleton<CardRenderer>();
}
