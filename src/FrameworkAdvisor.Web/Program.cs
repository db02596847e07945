using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Infrastructure;
using FrameworkAdvisor.Web.Infrastructure.Caching;

var builder = WebApplication.CreateBuilder(args);
builder.UseBuildOutputStaticAssets();
builder.Services.AddSiteOptions(builder.Configuration);
builder.Services.AddContent();
builder.Services.AddSitePages();
builder.Services.AddChooser();
builder.Services.AddSiteCaching();

if (ContentValidationCommand.IsRequested(args))
{
    return ContentValidationCommand.Run(builder);
}

var app = builder.Build();
app.UseSiteErrorPages();
app.UseCanonicalUrls();
app.UseRouting();
app.UseSiteCaching();
app.MapStaticAssets();
app.MapControllers().WithStaticAssets();
return await app.RunSiteAsync();

/// <summary>Entry point, public so integration tests can host the real app.</summary>
public partial class Program;
