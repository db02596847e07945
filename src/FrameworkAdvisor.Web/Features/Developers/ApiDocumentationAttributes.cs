namespace FrameworkAdvisor.Web.Features.Developers;

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
