using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace FrameworkAdvisor.Web.Tests.Features.Developers;

/// <summary>
/// The OpenAPI document as the site serves it, ready to validate bodies against with a JSON Schema (2020-12) validator.
/// Every object schema is closed first (no properties beyond those listed), so a field the API sends but the document
/// does not describe fails validation: the served document stays open, as clients expect, while the test holds the
/// API to every field it documents.
/// </summary>
internal sealed class ServedApiDocument
{
    private static readonly Uri DocumentUri = new("https://frameworkadvisor.test/openapi/v1.json");

    private readonly BuildOptions _build;
    private int _schemas;

    private ServedApiDocument(JsonNode document)
    {
        Close(document);
        Root = document;
        var registry = new SchemaRegistry();
        registry.Register(new JsonElementBaseDocument(JsonSerializer.SerializeToElement(document), DocumentUri));
        _build = new BuildOptions { SchemaRegistry = registry };
    }

    /// <summary>The document, with every object schema closed.</summary>
    public JsonNode Root { get; }

    public static async Task<ServedApiDocument> FetchAsync(HttpClient client) =>
        new(JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!);

    /// <summary>Each documented operation and response status: ("GET /api/search", "400").</summary>
    public IEnumerable<(string Operation, string Status)> Responses =>
        Root["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().SelectMany(operation =>
            operation.Value!["responses"]!.AsObject().Select(response => ($"{operation.Key.ToUpperInvariant()} {path.Key}", response.Key))));

    /// <summary>Each operation's operationId, by operation: "GET /api/search" is "search".</summary>
    public IReadOnlyDictionary<string, string> OperationIds =>
        Root["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation =>
            (Operation: $"{operation.Key.ToUpperInvariant()} {path.Key}", Id: operation.Value!["operationId"]?.GetValue<string>() ?? "(none)")))
            .ToDictionary(o => o.Operation, o => o.Id);

    public JsonNode? Response(string operation, string status)
    {
        var (method, path) = Split(operation);
        return Root["paths"]?[path]?[method]?["responses"]?[status];
    }

    public JsonNode? RequestBody(string operation)
    {
        var (method, path) = Split(operation);
        return Root["paths"]?[path]?[method]?["requestBody"];
    }

    /// <summary>Every media type in the document that has an example: where it is, its schema and the example.</summary>
    public IEnumerable<(string Where, JsonNode Schema, JsonNode Example)> Examples =>
        Root["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().SelectMany(operation =>
        {
            var bodies = operation.Value!["responses"]!.AsObject().Select(r => ($"{operation.Key.ToUpperInvariant()} {path.Key} {r.Key}", r.Value!["content"]));
            if (operation.Value["requestBody"] is { } request)
            {
                bodies = bodies.Append(($"{operation.Key.ToUpperInvariant()} {path.Key} request", request["content"]));
            }

            return bodies.SelectMany(b => b.Item2?.AsObject().Where(m => m.Value?["example"] is not null)
                .Select(m => (b.Item1, m.Value!["schema"]!, m.Value!["example"]!)) ?? []);
        }));

    /// <summary>The validator's errors for <paramref name="instance"/> against a schema from the document; none if valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode schema, JsonElement instance)
    {
        var standalone = schema.DeepClone();
        Absolutise(standalone);
        standalone["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        var id = new Uri(DocumentUri, $"/checks/{Interlocked.Increment(ref _schemas)}");
        var built = JsonSchema.Build(JsonSerializer.SerializeToElement(standalone), _build, id);
        var result = built.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({d.SchemaLocation})"))];
    }

    private static (string Method, string Path) Split(string operation)
    {
        var space = operation.IndexOf(' ', StringComparison.Ordinal);
        return (operation[..space].ToLowerInvariant(), operation[(space + 1)..]);
    }

    /// <summary>Local references ("#/components/...") made absolute, so a schema lifted out of the document still finds them.</summary>
    private static void Absolutise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>().StartsWith('#'))
                {
                    obj["$ref"] = DocumentUri + reference.GetValue<string>();
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    Absolutise(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Absolutise(child);
                }

                break;
        }
    }

    private static void Close(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("properties") && !obj.ContainsKey("additionalProperties"))
                {
                    obj["additionalProperties"] = false;
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    Close(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Close(child);
                }

                break;
        }
    }
}
