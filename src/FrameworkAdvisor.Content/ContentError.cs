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

/// <summary>Thrown when content cannot be served; each error has already been logged with its file and line.</summary>
public sealed class InvalidContentException(IReadOnlyList<ContentError> errors)
    : Exception($"The content has {errors.Count} error(s), each listed with its file and line.")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;

    /// <summary>
    /// An author's mistake, not a bug: when the host logs why it failed to start, a stack trace would only bury
    /// the list of errors, so this prints as its message alone.
    /// </summary>
    public override string ToString() => $"{GetType().Name}: {Message}";
}
