using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.ContentHosting;
using FrameworkAdvisor.Web.Features.Cards;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Features.Developers;
using FrameworkAdvisor.Web.Features.Health;
using FrameworkAdvisor.Web.Features.Search;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Http.Proxies;
using FrameworkAdvisor.Web.Http.Security;
using FrameworkAdvisor.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.UseBuildOutputStaticAssets();
builder.Services.AddSecurityHeaders();
builder.Services.AddSiteOptions(builder.Configuration);
builder.Services.AddContent(builder.Configuration);
builder.Services.AddHealthProbes();
builder.Services.AddSitePages();
builder.Services.AddChooser();
builder.Services.AddCards();
builder.Services.AddSearch();
builder.Services.AddApiDocument();
builder.Services.AddPageCache(builder.Configuration);
builder.Services.AddRequestLimits();
builder.Services.AddWorkLimits(builder.Configuration);
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddGracefulShutdown(builder.Configuration);

// Before Build: `validate` checks the content and exits, with no server started and no database written.
if (ContentValidationCommand.IsRequested(args))
{
    return ContentValidationCommand.Run(builder);
}

var app = builder.Build();

// The request pipeline, outermost first. Where a step's place matters, the reason is beside it, and only here.

// First, so every answer, even the 400 for a refused Host, a 503 from the content gate, a redirect, a 429, a 304 or
// a page from the cache, carries the security headers. Host filtering runs here, not in front of the whole app as
// ASP.NET Core would place it, for that reason (see AddSecurityHeaders).
app.UseSecurityHeaders();

// Writes out the bare statuses of the steps in front of the error pages (a refused Host's 400, the content gate's 503)
// as a short page or a ProblemDetails that read nothing from the content or the request.
app.UseShortErrorAnswers();
app.UseHostFiltering();

// Next: every step after it (the rate limit's client address, HSTS, absolute URLs, cache keys and ETags) sees the
// client's address and scheme as a trusted proxy reported them, and never as anyone else claims them.
app.UseTrustedProxies();

// Before the gate, so a load balancer's readiness check is answered at once ("starting" while the import runs), never
// held. /healthz is mapped with the endpoints below: it waits for the import, whose content it reports.
app.UseReadinessProbe();

// In front of all other work but readiness: requests wait here until the start-up import is done, so nothing behind
// it (error pages, ETags, endpoints) ever sees a missing database. If the import failed they get a bare 503 at once.
app.UseContentReadyGate();

// Before the steps that can answer without reading the body (a redirect, a 429, a 304), so each of those answers
// to an oversized request still says Connection: close.
app.UseRequestLimits();

// Wraps everything after it: an exception or a bare error status from any later step becomes the site's error page.
app.UseSiteErrorPages();

// Inside the error pages, so an address or headers over the site's limits get its short page, not Kestrel's empty 414/431.
app.UseRequestLineAndHeaderLimits();

// Before everything else that shapes a response (canonical URLs, routing, compression), so a cache hit skips all of
// it; after the gate, the request limits and the error pages, which must see every request. Error pages render
// through it again and are kept under the address that was asked for. It keeps only GET answers of
// [CachedPage] endpoints and the 404 and 400 pages. So a cache hit never meets the work limits below: only work the
// cache could not answer is limited.
// Not in Development, where the banner for a rejected content edit must show on every page at once.
if (!app.Environment.IsDevelopment())
{
    app.UsePageCache();
}

// Before routing: another spelling of an address is redirected before any endpoint is matched for it, so a page
// is rendered and cached under its one URL only.
app.UseCanonicalUrls();

// The endpoint is chosen here rather than at the end, so the steps below can read its attributes.
app.UseRouting();

// The site has no sign-in, but MVC registers authorization, and left to itself WebApplication would run both steps
// at the very front of every request, cache hits included. Here, after routing, is where they belong.
app.UseAuthentication();
app.UseAuthorization();

// After routing: an endpoint names its kind of work with [EnableRateLimiting]. Inside the page cache, so a cache hit
// is never limited, and inside the error pages, so a refused page or card gets the site's own 503 or 429 page.
app.UseWorkLimits();

// After routing, which says whether the endpoint is a [CachedPage]: a revalidation the page cache had no entry for
// (after a restart, or on another instance) is answered 304 here before anything renders.
if (!app.Environment.IsDevelopment())
{
    app.UsePageRevalidation();
}

// Inside the page cache, so it keeps the compressed bodies and a hit skips compression too.
app.UseResponseCompression();

app.MapStaticAssets();
app.MapControllers().WithStaticAssets();
app.MapApiDocument();
app.MapHealthReport();
return await app.RunSiteAsync();

/// <summary>Entry point, public so integration tests can host the real app.</summary>
public partial class Program;
