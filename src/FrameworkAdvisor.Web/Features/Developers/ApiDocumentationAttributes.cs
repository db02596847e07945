namespace FrameworkAdvisor.Web.Features.Developers;

/// <summary>
/// An example body for one response of an API action, as JSON, shown in the OpenAPI document and on the developers
/// page. The contract tests check every example against its schema, so an example cannot drift from the API.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ApiResponseExampleAttribute(int statusCode, string json) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public string Json { get; } = json;
}

/// <summary>
/// The JSON body an action reads, for actions that read their body by hand (to check its size, depth and shape before
/// anything else) and so have no [FromBody] parameter for the API description to see.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiRequestBodyAttribute(Type type, string exampleJson) : Attribute
{
    public Type Type { get; } = type;

    public string ExampleJson { get; } = exampleJson;
}
