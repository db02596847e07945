using System.Diagnostics;
using FrameworkAdvisor.Content;

namespace FrameworkAdvisor.Store;

/// <summary>Content folder in, live database out: load and validate everything, and only then build and swap.</summary>
public sealed class ContentImporter(ContentLoader loader, ContentDatabaseBuilder builder)
{
    /// <summary>
    /// Imports the folder. On any content error nothing is written, so the last good database keeps serving.
    /// </summary>
    public ImportOutcome Import(string contentDirectory)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = loader.Load(contentDirectory);
        if (!result.Succeeded)
        {
            return new ImportOutcome(null, result.Errors);
        }

        var summary = builder.Build(result.Content!);
        return new ImportOutcome(summary with { Duration = stopwatch.Elapsed }, []);
    }
}

public sealed record ImportOutcome(ImportSummary? Summary, IReadOnlyList<ContentError> Errors)
{
    public bool Succeeded => Summary is not null;
}
