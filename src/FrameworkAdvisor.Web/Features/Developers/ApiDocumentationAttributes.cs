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

/// <summary>An example body for the JSON request an action binds with [FromBody], shown like the response examples.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiRequestExampleAttribute(string json) : Attribute
{
    public string Json { get; } = json;
}

/// <summary>
/// Another media type a response may be sent in, as text, for a client that asks for it with Accept. (Two
/// [ProducesResponseType] with one status describe only one of them.)
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ApiTextResponseAttribute(int statusCode, string mediaType) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public string MediaType { get; } = mediaType;
}

/// <summary>
/// A parameter the API document marks required although model binding does not: the action answers its absence with
/// a ProblemDetails that says what to send, which model validation's generic message would not.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ApiRequiredAttribute : Attribute;
