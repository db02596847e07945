using System.ComponentModel.DataAnnotations;

namespace FrameworkAdvisor.Web.ContentHosting;

/// <summary>Where the content comes from and where its database goes. Relative paths are from the content root.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The Markdown folder. The default works for `dotnet run --project src/FrameworkAdvisor.Web` from the repo root.</summary>
    [Required]
    public string Directory { get; set; } = "../../content";

    /// <summary>
    /// The SQLite file built from the content at start-up: a build product, never edited. It defaults to the
    /// repository's artifacts/ folder, outside src/, because it holds the content and src/ must name no framework.
    /// </summary>
    [Required]
    public string DatabasePath { get; set; } = "../../artifacts/content.db";

    /// <summary>
    /// Rebuild the database in the background when a file under <see cref="Directory"/> changes. Unset means on in
    /// Development, where authors edit while the site runs, and off elsewhere, where content usually ships with a deploy.
    /// </summary>
    public bool? WatchForChanges { get; set; }

    /// <summary>
    /// Check the files' names and times every few seconds (the file provider's polling) instead of waiting for file
    /// system events: for folders whose events never arrive (network shares, some container volumes). The watcher
    /// also falls back to this by itself when the OS refuses to watch.
    /// </summary>
    public bool WatchByPolling { get; set; }

    /// <summary>How long the folder must be quiet before a rebuild starts, so one save of many files is one import.</summary>
    [Range(0, 60_000)]
    public int WatchQuietPeriodMilliseconds { get; set; } = 300;
}
