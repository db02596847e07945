using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace FrameworkAdvisor.Web.Features.Developers;

/// <summary>
/// What ASP.NET Core cannot see from the controllers alone: the API's name, contact, public address and tags, that it
/// needs no credentials, examples, the two forms an answer takes, the Markdown a recommendation may be sent as, the
/// parameters an action requires itself, and the Retry-After header of a 429 or 503.
/// </summary>
internal static class ApiDocumentTransformers
{
    private const string Json = "application/json";

    /// <summary>
    /// Title, description, the public origin and paths in address order; HEAD (which every GET also answers, see HeadAlongsideGetConvention)
    /// is left out, as it is the GET without a body; and text/plain and text/json, which MVC would list, are left out
    /// because the API never sends them.
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
            var urls = services.GetRequiredService<SiteUrls>();
            document.Servers = [new OpenApiServer { Url = urls.Absolute(request, "") }];
            document.Info.Contact = new OpenApiContact { Name = name, Url = new Uri(urls.Absolute(request, SitePaths.Developers)) };
        }

        // No endpoint asks for credentials. One empty requirement says so ("security: [{}]", anonymous access); an
        // empty list would say the same, but the document writer leaves empty lists out.
        document.Security = [new OpenApiSecurityRequirement()];
        DescribeTags(document, context);

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

    /// <summary>
    /// Examples made from the loaded content (see <see cref="ApiExampleAttribute"/>), text responses from the action's
    /// attributes, the request body as JSON only, parameters the action requires itself, and Retry-After on every 429
    /// and 503.
    /// </summary>
    public static Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var services = context.ApplicationServices;
        var example = metadata.OfType<ApiExampleAttribute>().FirstOrDefault() is { } made
            ? ((IApiExample)ActivatorUtilities.CreateInstance(services, made.Example)).Make(ActivatorUtilities.CreateInstance<ApiExampleContext>(services))
            : null;
        if (operation.RequestBody is OpenApiRequestBody { Content: { } requestContent } body)
        {
            // The body is required (an empty one is refused with a message of its own), and sent as JSON: the other
            // JSON types MVC would read are not promised.
            body.Required = true;
            foreach (var other in requestContent.Keys.Where(type => type != Json).ToList())
            {
                requestContent.Remove(other);
            }

            if (requestContent.TryGetValue(Json, out var json))
            {
                // A nullable [FromBody] parameter is described as "null or the request"; a body of null is refused.
                if (json.Schema is OpenApiSchema { OneOf: { Count: 2 } choices })
                {
                    json.Schema = choices.First(choice => choice is not OpenApiSchema { Type: JsonSchemaType.Null });
                }

                json.Example = example?.Request;
            }
        }

        var required = context.Description.ParameterDescriptions
            .Where(p => p.ParameterDescriptor is ControllerParameterDescriptor { ParameterInfo: var info } && info.IsDefined(typeof(ApiRequiredAttribute), false))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name is { } n && required.Contains(n)))
        {
            parameter.Required = true;
        }

        if (example?.Response is { } answer
            && operation.Responses?.GetValueOrDefault("200") is OpenApiResponse { Content: { } content }
            && content.Values.FirstOrDefault() is { } mediaType)
        {
            mediaType.Example = answer;
        }

        // After the examples, which go to each response's first (JSON) media type.
        foreach (var text in metadata.OfType<ApiTextResponseAttribute>())
        {
            if (operation.Responses?.GetValueOrDefault(text.StatusCode.ToString(CultureInfo.InvariantCulture)) is OpenApiResponse response)
            {
                response.Content ??= new Dictionary<string, OpenApiMediaType>();
                response.Content[text.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }

        foreach (var status in new[] { StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable })
        {
            if (operation.Responses?.GetValueOrDefault(status.ToString(CultureInfo.InvariantCulture)) is OpenApiResponse limited)
            {
                limited.Headers ??= new Dictionary<string, IOpenApiHeader>();
                limited.Headers["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before asking again.",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                };
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Says what each field of a ProblemDetails means, including the traceId that ASP.NET Core adds to every one; and
    /// describes an answer as the API takes it: an option id, an option with its importance, or null to skip.
    /// </summary>
    public static async Task DescribeSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellation)
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

        DescribeBounds(schema, type);
        if (type == typeof(Answer))
        {
            schema.Type = null;
            schema.Properties = null;
            schema.Required = null;
            schema.OneOf =
            [
                new OpenApiSchema { Type = JsonSchemaType.String, Description = "The option's id." },
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "The option, and how much the answer matters.",
                    Required = new HashSet<string>(StringComparer.Ordinal) { "option" },
                    Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                    {
                        ["option"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The option's id." },
                        ["importance"] = await context.GetOrCreateSchemaAsync(typeof(Importance), null, cancellation),
                    },
                },
                new OpenApiSchema { Type = JsonSchemaType.Null, Description = "Skips the question, like leaving it out." },
            ];
        }
    }

    /// <summary>
    /// Length bounds a request record states on its constructor's parameters, where MVC's validation needs them (it
    /// refuses them on the properties) and where the schema generator does not look; and a parameter with a default
    /// is a field the client may leave out.
    /// </summary>
    private static void DescribeBounds(OpenApiSchema schema, Type type)
    {
        if (schema.Properties is not { } fields || type.GetConstructors() is not [var constructor])
        {
            return;
        }

        foreach (var parameter in constructor.GetParameters())
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Name ?? "");
            if (!fields.TryGetValue(name, out var found) || found is not OpenApiSchema field)
            {
                continue;
            }

            var isArray = field.Type?.HasFlag(JsonSchemaType.Array) == true;
            if (parameter.GetCustomAttribute<System.ComponentModel.DataAnnotations.MinLengthAttribute>() is { } min)
            {
                _ = isArray ? field.MinItems = min.Length : field.MinLength = min.Length;
            }

            if (parameter.GetCustomAttribute<System.ComponentModel.DataAnnotations.MaxLengthAttribute>() is { } max)
            {
                _ = isArray ? field.MaxItems = max.Length : field.MaxLength = max.Length;
            }

            if (parameter.HasDefaultValue)
            {
                schema.Required?.Remove(name);
            }
        }
    }

    /// <summary>Each controller's tag, described by the controller's [Description].</summary>
    private static void DescribeTags(OpenApiDocument document, OpenApiDocumentTransformerContext context)
    {
        var descriptions = context.DescriptionGroups.SelectMany(g => g.Items).Select(d => d.ActionDescriptor).OfType<ControllerActionDescriptor>()
            .DistinctBy(a => a.ControllerName)
            .ToDictionary(a => a.ControllerName, a => a.ControllerTypeInfo.GetCustomAttribute<DescriptionAttribute>()?.Description);
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && descriptions.GetValueOrDefault(name) is { } description)
            {
                tag.Description = description;
            }
        }
    }

    private static void Describe(IDictionary<string, IOpenApiSchema> fields, string name, string description)
    {
        if (fields.TryGetValue(name, out var field) && field is OpenApiSchema schema)
        {
            schema.Description = description;
        }
    }
}
