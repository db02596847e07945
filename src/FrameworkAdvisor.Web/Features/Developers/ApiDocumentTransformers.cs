using System.Text.Json.Nodes;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace FrameworkAdvisor.Web.Features.Developers;

/// <summary>
/// What ASP.NET Core cannot see from the controllers alone: the API's name and public address, examples, the body of
/// an action that reads it by hand, and the Retry-After header of a 429.
/// </summary>
internal static class ApiDocumentTransformers
{
    private const string Json = "application/json";

    /// <summary>
    /// Title, description, the public origin and paths in address order; HEAD (which every GET also answers, see HeadAlongsideGetConvention)
    /// is left out, as it is the GET without a body; and only JSON is listed, because that is all the API sends.
    /// </summary>
    public static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellation)
    {
        var services = context.ApplicationServices;
        var name = services.GetRequiredService<IOptions<SiteOptions>>().Value.Name;
        document.Info.Title = $"{name} API";
        document.Info.Version = "1";
        document.Info.Description =
            "Comparisons, each comparison's questionnaire, a recommendation for a set of answers, and search over every page. " +
            "Field names are camelCase. Every error is a ProblemDetails (application/problem+json, RFC 9457) that says what to fix.";
        if (services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request is { } request)
        {
            document.Servers = [new OpenApiServer { Url = services.GetRequiredService<SiteUrls>().Absolute(request, "") }];
        }

        // In address order, so the list reads from the comparisons down to search rather than in controller order.
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            paths.Add(path, item);
        }

        document.Paths = paths;
        foreach (var pathItem in document.Paths.Values.OfType<OpenApiPathItem>())
        {
            pathItem.Operations?.Remove(HttpMethod.Head);
            var responses = pathItem.Operations?.Values.SelectMany(o => o.Responses?.Values.AsEnumerable() ?? []).OfType<OpenApiResponse>();
            foreach (var content in (responses ?? []).Select(r => r.Content).OfType<IDictionary<string, OpenApiMediaType>>())
            {
                content.Remove("text/plain");
                content.Remove("text/json");
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Examples and request bodies from the action's attributes, and Retry-After on every 429.</summary>
    public static async Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<ApiRequestBodyAttribute>().FirstOrDefault() is { } body)
        {
            // A named component, like every response body, so readers find its fields among the schemas.
            context.Document!.AddComponent(body.Type.Name, await context.GetOrCreateSchemaAsync(body.Type, null, cancellation));
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [Json] = new()
                    {
                        Schema = new OpenApiSchemaReference(body.Type.Name, context.Document),
                        Example = JsonNode.Parse(body.ExampleJson),
                    },
                },
            };
        }

        foreach (var example in metadata.OfType<ApiResponseExampleAttribute>())
        {
            if (operation.Responses?.GetValueOrDefault(example.StatusCode.ToString()) is OpenApiResponse { Content: { } content }
                && content.Values.FirstOrDefault() is { } mediaType)
            {
                mediaType.Example = JsonNode.Parse(example.Json);
            }
        }

        if (operation.Responses?.GetValueOrDefault(StatusCodes.Status429TooManyRequests.ToString()) is OpenApiResponse limited)
        {
            limited.Headers ??= new Dictionary<string, IOpenApiHeader>();
            limited.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before this client may ask again.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
            };
        }
    }

    /// <summary>
    /// Says what each field of a ProblemDetails means, including the traceId that ASP.NET Core adds to every one; and
    /// lets a dictionary of nullable strings (the answers of a recommendation request) hold null, which the schema
    /// generator cannot see through the generic argument.
    /// </summary>
    public static Task DescribeSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellation)
    {
        var type = context.JsonTypeInfo.Type;
        if (typeof(ProblemDetails).IsAssignableFrom(type) && schema.Properties is { } fields)
        {
            schema.Description = "An error (RFC 9457): what went wrong, and in detail what to do about it.";
            Describe(fields, "type", "A link to the HTTP status's definition.");
            Describe(fields, "title", "What went wrong, in a few words.");
            Describe(fields, "status", "The HTTP status code.");
            Describe(fields, "detail", "What to fix, or what to ask for instead.");
            Describe(fields, "errors", "For each part of the request that is wrong (such as answers.<questionId>), what is wrong with it.");
            fields["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Identifies the request in the site's logs." };
        }

        if (type == typeof(IReadOnlyDictionary<string, string?>) && schema.AdditionalProperties is OpenApiSchema values)
        {
            values.Type = JsonSchemaType.String | JsonSchemaType.Null;
        }

        return Task.CompletedTask;
    }

    private static void Describe(IDictionary<string, IOpenApiSchema> fields, string name, string description)
    {
        if (fields.TryGetValue(name, out var field) && field is OpenApiSchema schema)
        {
            schema.Description = description;
        }
    }
}
