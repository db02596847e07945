using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrameworkAdvisor.Web.Http;

/// <summary>
/// Every action that answers GET also answers HEAD, as HTTP expects: link checkers and uptime monitors send HEAD.
/// Kestrel sends the headers and drops the body, so the action itself needs no change.
/// </summary>
public sealed class HeadAlongsideGetConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        foreach (var selector in action.Selectors)
        {
            var constraint = selector.ActionConstraints.OfType<HttpMethodActionConstraint>()
                .FirstOrDefault(c => c.HttpMethods.Contains(HttpMethods.Get) && !c.HttpMethods.Contains(HttpMethods.Head));
            if (constraint is null)
            {
                continue;
            }

            string[] methods = [.. constraint.HttpMethods, HttpMethods.Head];
            selector.ActionConstraints.Remove(constraint);
            selector.ActionConstraints.Add(new HttpMethodActionConstraint(methods));
            foreach (var metadata in selector.EndpointMetadata.OfType<HttpMethodMetadata>().ToList())
            {
                selector.EndpointMetadata.Remove(metadata);
            }

            selector.EndpointMetadata.Add(new HttpMethodMetadata(methods));
        }
    }
}
