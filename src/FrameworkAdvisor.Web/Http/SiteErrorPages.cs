namespace FrameworkAdvisor.Web.Http;

public static class SiteErrorPages
{
    /// <summary>
    /// Friendly pages for errors: a 404 that suggests where to go, and in Production a 500 page with no exception
    /// detail. Development keeps the developer exception page.
    /// </summary>
    public static WebApplication UseSiteErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errors/500");
        }

        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        return app;
    }
}
