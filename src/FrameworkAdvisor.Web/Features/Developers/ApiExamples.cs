using System.Text.Json;
using System.Text.Json.Nodes;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.Web.Features.Chooser;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Features.Developers;

/// <summary>
/// Makes the example request and response of one API action from the loaded content, when the API document is made.
/// Returns null when there is nothing to make it from (no comparison loaded), and the example is left out.
/// </summary>
public interface IApiExample
{
    ApiExampleBodies? Make(ApiExampleContext context);
}

/// <summary>An example's request body (null for a GET) and the action's answer to it.</summary>
public sealed record ApiExampleBodies(JsonNode? Request, JsonNode? Response);

/// <summary>The action's example, made by an <see cref="IApiExample"/> of this type.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiExampleAttribute(Type example) : Attribute
{
    public Type Example { get; } = example;
}

/// <summary>
/// What examples are made from: the first comparison with a questionnaire, answers to it, a word its content has, and
/// the actions themselves. An example's response is the action's own answer to the example's request, so it is
/// exactly what the site sends, with this site's address in its links.
/// </summary>
public sealed class ApiExampleContext(
    IServiceProvider services, ComparisonStore store, ChooserCatalog choosers, IOptions<JsonOptions> json, IHttpContextAccessor accessor)
{
    private JsonSerializerOptions Json => json.Value.JsonSerializerOptions;

    /// <summary>The comparison the examples use: the first with a questionnaire, as the API lists them.</summary>
    public LoadedChooser? Chooser =>
        store.ListComparisons().FirstOrDefault(c => c.Comparison.HasChooser) is { } listed ? choosers.Find(listed.Comparison.Slug) : null;

    /// <summary>A word the content certainly has: the first word of the first comparison's first aspect.</summary>
    public string? SearchWord =>
        store.ListComparisons() is [var listed, ..]
            && store.FindComparison(listed.Comparison.Slug) is { } context
            && store.GetTable(context).Rows is [var row, ..]
            && SearchQuery.Parse(row.Aspect.Title).Words is [var word, ..]
                ? word
                : null;

    /// <summary>
    /// Answers to the first two questions, the second marked as mattering a lot; <paramref name="disagreeing"/> takes
    /// each question's last option instead of its first, as a teammate who sees it otherwise would.
    /// </summary>
    public static JsonObject Answers(LoadedChooser chooser, bool disagreeing)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        var answers = new JsonObject();
        foreach (var (question, index) in chooser.Model.Questions.Take(2).Select((q, i) => (q, i)))
        {
            var option = (disagreeing ? question.Options[^1] : question.Options[0]).Id;
            answers[question.Id] = index == 0 ? option : new JsonObject { ["option"] = option, ["importance"] = "high" };
        }

        return answers;
    }

    /// <summary>Reads an example request as the action would have it bound.</summary>
    public T Read<T>(JsonNode request) => request.Deserialize<T>(Json)!;

    /// <summary>
    /// What <typeparamref name="TController"/>'s action answers, as the JSON it sends: the action runs on its own
    /// request to this site, with no limits or caches in the way.
    /// </summary>
    public JsonNode? Answer<TController>(Func<TController, object?> action)
        where TController : ControllerBase
    {
        ArgumentNullException.ThrowIfNull(action);
        var current = accessor.HttpContext?.Request;
        var http = new DefaultHttpContext { RequestServices = accessor.HttpContext?.RequestServices ?? services };
        http.Request.Scheme = current?.Scheme ?? "http";
        http.Request.Host = current?.Host ?? new HostString("localhost");
        http.Request.PathBase = current?.PathBase ?? PathString.Empty;
        var controller = ActivatorUtilities.CreateInstance<TController>(http.RequestServices);
        controller.ControllerContext = new ControllerContext { HttpContext = http };
        return action(controller) switch
        {
            FileContentResult file => JsonNode.Parse(file.FileContents),
            IConvertToActionResult convertible => convertible.Convert() is ObjectResult { Value: var value } ? JsonSerializer.SerializeToNode(value, Json) : null,
            ObjectResult result => JsonSerializer.SerializeToNode(result.Value, Json),
            IActionResult => null,
            var value => JsonSerializer.SerializeToNode(value, Json),
        };
    }
}
