namespace FrameworkAdvisor.Content;

/// <summary>A comparison needs at least two frameworks to compare and one aspect to compare them on.</summary>
internal sealed class MinimumContentCheck(ContentFile index, IReadOnlyList<FrameworkPage> frameworks, IReadOnlyList<Aspect> aspects)
{
    public void Report(ContentErrors errors)
    {
        if (frameworks.Count < 2)
        {
            errors.Add(index.Path, 1, $"a comparison needs at least two frameworks in frameworks/, found {frameworks.Count}");
        }

        if (aspects.Count == 0)
        {
            errors.Add(index.Path, 1, "a comparison needs at least one aspect in aspects/");
        }
    }
}
