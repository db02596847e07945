using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FrameworkAdvisor.Web.Features.Developers;

/// <summary>
/// The OpenAPI document read for people: each operation with its parameters, body, responses and examples, and each
/// schema with its fields. Read from the document's JSON, exactly as /openapi/v1.json serves it.
/// </summary>
public sealed record ApiReference(string Title, string Description, IReadOnlyList<ApiOperation> Operations, IReadOnlyList<ApiSchema> Schemas)
{
    // Shown through Razor, which escapes it for HTML; JSON's own escaping of < and > would only make it unreadable.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ApiReference From(JsonNode document) =>
        new(
            Text(document["info"]?["title"]),
            Text(document["info"]?["description"]),
            [.. (document["paths"]?.AsObject() ?? []).SelectMany(path => path.Value!.AsObject().Select(operation => Operation(path.Key, operation.Key, operation.Value!)))],
            [.. (document["components"]?["schemas"]?.AsObject() ?? []).Select(schema => Schema(schema.Key, schema.Value!))]);

    private static ApiOperation Operation(string path, string method, JsonNode operation)
    {
        var body = operation["requestBody"]?["content"]?.AsObject().FirstOrDefault().Value;
        return new ApiOperation(
            method.ToUpperInvariant(),
            path,
            Text(operation["summary"]),
            Text(operation["description"]),
            [.. (operation["parameters"]?.AsArray() ?? []).Select(p => new ApiParameter(
                Text(p!["name"]), Text(p["in"]), p["required"]?.GetValue<bool>() ?? false, TypeOf(p["schema"]), Text(p["description"])))],
            body is null ? null : new ApiBody(TypeOf(body["schema"]), Example(body["example"])),
            [.. operation["responses"]!.AsObject().Select(r =>
            {
                var content = r.Value!["content"]?.AsObject().FirstOrDefault();
                return new ApiResponse(
                    r.Key,
                    Text(r.Value["description"]),
                    content?.Key,
                    content?.Value?["schema"] is { } schema ? TypeOf(schema) : null,
                    [.. (r.Value["headers"]?.AsObject() ?? []).Select(h => $"{h.Key}: {Text(h.Value!["description"])}")],
                    Example(content?.Value?["example"]));
            })]);
    }

    private static ApiSchema Schema(string name, JsonNode schema)
    {
        var required = schema["required"]?.AsArray().Select(r => Text(r)).ToHashSet(StringComparer.Ordinal) ?? [];
        return new ApiSchema(name, Text(schema["description"]),
            [.. (schema["properties"]?.AsObject() ?? []).Select(p => new ApiField(p.Key, TypeOf(p.Value), required.Contains(p.Key), Text(p.Value?["description"])))]);
    }

    /// <summary>A schema's type in words, with the schema it refers to (if any) kept apart so the page can link it.</summary>
    private static ApiType TypeOf(JsonNode? schema)
    {
        if (schema?["$ref"] is { } reference)
        {
            return new ApiType("", Text(reference).Split('/')[^1], "");
        }

        if (schema?["oneOf"] is JsonArray choices)
        {
            var types = choices.Select(TypeOf).ToList();
            var named = types.FirstOrDefault(t => t.Schema is not null) ?? types[0];
            var others = types.Where(t => t != named).Select(t => t.ToString());
            return named with { After = named.After + string.Concat(others.Select(o => $" or {o}")) };
        }

        var kinds = schema?["type"] switch
        {
            JsonArray many => many.Select(t => Text(t)).ToList(),
            { } one => [Text(one)],
            _ => ["any"],
        };
        var nullable = kinds.Remove("null") ? " or null" : "";
        var kind = kinds.FirstOrDefault() ?? "null";
        if (kind == "array")
        {
            var items = TypeOf(schema?["items"]);
            return items with { Before = "array of " + items.Before, After = items.After + nullable };
        }

        if (kind == "object" && schema?["additionalProperties"] is JsonObject values)
        {
            var value = TypeOf(values);
            return value with { Before = "object of " + value.Before, After = value.After + nullable };
        }

        return new ApiType(kind + nullable, null, "");
    }

    private static string? Example(JsonNode? example) => example?.ToJsonString(Indented);

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";
}

public sealed record ApiOperation(
    string Method, string Path, string Summary, string Description, IReadOnlyList<ApiParameter> Parameters, ApiBody? Body, IReadOnlyList<ApiResponse> Responses)
{
    /// <summary>"get-api-search": the operation's anchor on the page.</summary>
    public string Anchor => (Method + Path).ToLowerInvariant().Replace("/", "-", StringComparison.Ordinal).Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
}

public sealed record ApiParameter(string Name, string In, bool Required, ApiType Type, string Description);

public sealed record ApiBody(ApiType Type, string? Example);

public sealed record ApiResponse(string Status, string Description, string? ContentType, ApiType? Type, IReadOnlyList<string> Headers, string? Example);

public sealed record ApiSchema(string Name, string Description, IReadOnlyList<ApiField> Fields)
{
    public string Anchor => SchemaAnchor(Name);

    public static string SchemaAnchor(string name) => "schema-" + name.ToLowerInvariant();
}

public sealed record ApiField(string Name, ApiType Type, bool Required, string Description);

/// <summary>A type in words: text before and after the schema it names, if it names one ("array of", QuestionItem, "").</summary>
public sealed record ApiType(string Before, string? Schema, string After)
{
    public override string ToString() => Before + Schema + After;
}
