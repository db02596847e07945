namespace FrameworkAdvisor.Web.Site;

public static class BuildOutputStaticAssets
{
    /// <summary>
    /// MapStaticAssets serves gzip copies that a build (not a publish) keeps under obj/, and only finds them through
    /// the static web assets manifest. Without this, a Release build run straight from bin/ outside Development
    /// answers every compressed request for site.css with an empty body. After a publish there is no manifest and
    /// this does nothing.
    /// A build manifest also switches on MapStaticAssets' development reloader, which answers every asset with
    /// no-cache and re-gzips the wwwroot file on the fly at no compression at all. Outside Development nobody edits
    /// the files of a running build, so turn it off: assets are then served as after a publish, precompressed, a
    /// year and immutable for fingerprinted URLs, no-cache for the plain ones.
    /// </summary>
    public static WebApplicationBuilder UseBuildOutputStaticAssets(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        if (!builder.Environment.IsDevelopment())
        {
            builder.Configuration["ReloadStaticAssetsAtRuntime"] = "false";
        }

        return builder;
    }
}
