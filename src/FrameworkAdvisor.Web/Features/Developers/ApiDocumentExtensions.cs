using System.Text.Json.Serialization;
using FrameworkAdvisor.Web.Caching;

namespace FrameworkAdvisor.Web.Features.Developers;

public static class ApiDocumentExtensions
{
    public const string DocumentName = "v1";

    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The OpenAPI 3.1 document of the JSON API, made by ASP.NET Core from the API controllers themselves.</summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer(ApiDocumentTransformers.DescribeDocument);
            options.AddOperationTransformer(ApiDocumentTransformers.DescribeOperation);
            options.AddSchemaTransformer(ApiDocumentTransformers.DescribeSchema);
        });

        // The document describes numbers as the API writes them. The web defaults would also read numbers from
        // strings, and the document says so ("integer or string"); no endpoint binds a JSON body, so nothing is lost.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services;
    }

    /// <summary>Served in every environment: API users need it in production most of all.</summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).WithMetadata(new CachedPageAttribute());
        return app;
    }
}
