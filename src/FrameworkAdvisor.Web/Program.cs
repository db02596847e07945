using FrameworkAdvisor.Web.ContentHosting;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Http.Security;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.UseBuildOutputStaticAssets();
builder.Services.AddSiteOptions(builder.Configuration);
builder.Services.AddContent(builder.Configuration);
builder.Services.AddSitePages();
builder.Services.AddChooser();
builder.Services.AddSiteCaching();
builder.Services.AddRequestLimits();
builder.Services.AddRecommendationRateLimit(builder.Configuration);

if (ContentValidationCommand.IsRequested(args))
{
    return ContentValidationCommand.Run(builder);
}

var app = builder.Build();
app.UseSecurityHeaders();
app.UseContentReadyGate();
app.UseRequestLimits();
app.UseSiteErrorPages();
app.UseCanonicalUrls();
app.UseRouting();
app.UseRecommendationRateLimit();
app.UseSiteCaching();
app.MapStaticAssets();
app.MapControllers().WithStaticAssets();
return await app.RunSiteAsync();

/// <summary>Entry point, public so integration tests can host the real app.</summary>
public partial class Program;
