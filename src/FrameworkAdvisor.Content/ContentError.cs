namespace FrameworkAdvisor.Content;

/// <summary>A problem in a content file, with the file (relative to the content folder's parent) and 1-based line.</summary>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>The outcome of loading: either a content set, or every error found in one pass.</summary>
public sealed record ContentLoadResult(ContentSet? Content, IReadOnlyList<ContentError> Errors)
{
    public bool Succeeded => Content is not null && Errors.Count == 0;
}
