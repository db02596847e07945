using System.ComponentModel.DataAnnotations;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>How much memory the page cache may hold (see <see cref="PageCache"/>); 0 turns a kind off.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "Caching";

    /// <summary>Pages, each form (identity, gzip, Brotli) of each address counted once: every page of the site fits many times over.</summary>
    [Range(0, 4 * 1024 * 1024)]
    public int PageMemoryKilobytes { get; set; } = 32 * 1024;

    /// <summary>
    /// 404 and 400 pages, kept apart from the pages so that any number of made-up addresses can only ever replace
    /// each other, never a real page.
    /// </summary>
    [Range(0, 1024 * 1024)]
    public int ErrorPageMemoryKilobytes { get; set; } = 2 * 1024;
}
