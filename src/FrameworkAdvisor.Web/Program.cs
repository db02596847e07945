using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.UseBuildOutputStaticAssets();
builder.Services.AddSiteOptions(builder.Configuration);
builder.Services.AddContent();
builder.Services.AddSitePages();
builder.Services.AddChooser();

if (ContentValidationCommand.IsRequested(args))
{
    return ContentValidationCommand.Run(builder);
}

var app = builder.Build();
app.UseSiteErrorPages();
app.UseCanonicalUrls();
app.MapStaticAssets();
app.MapControllers();
return await app.RunSiteAsync();

/// <summary>Entry point, public so integration tests can host the real app.</summary>
public partial class Program;
