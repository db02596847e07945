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
builder.Services.AddSiteCaching();
builder.Services.AddResponseReplay(builder.Configuration);
builder.Services.AddRequestLimits();
builder.Services.AddRecommendationRateLimit(builder.Configuration);
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddGracefulShutdown(builder.Configuration);
builder.Services.AddInlineScheduling(builder.Configuration);

// Before Build: `validate` checks the content and exits, with no server started and no database written.
if (ContentValidationCommand.IsRequested(args))
{
    return ContentValidationCommand.Run(builder);
}

var app = builder.Build();

// The request pipeline, outermost first. Where a step's place matters, the reason is beside it, and only here.

// Outermost of all, before this file's first step and before ASP.NET Core's own host filtering (AddSecurityHeaders
// adds it as the first startup filter): every answer, even the 400 for a refused Host, a 503 from the content gate,
// a redirect, a 429, a 304 or a replayed page, carries the security headers.

// First: every step after it (the rate limit's client address, HSTS, absolute URLs, cache keys and ETags) sees the
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

// Before everything that shapes a response (error pages, canonical URLs, routing, the caches), so a replayed response
// skips all of it; after the gate and the request limits, which must see every request. Only GETs and HEADs of
// responses the steps below chose to keep are replayed, and no such endpoint is rate limited (the limit is on a POST).
app.UseResponseReplay();

// Wraps everything after it: an exception or a bare error status from any later step becomes the site's error page.
app.UseSiteErrorPages();

// Inside the error pages, so an address or headers over the site's limits get its short page, not Kestrel's empty 414/431.
app.UseRequestLineAndHeaderLimits();

// Before routing: another spelling of an address is redirected before any endpoint is matched for it, so a page
// is rendered and cached under its one URL only.
app.UseCanonicalUrls();

// The endpoint is chosen here rather than at the end, so the steps below can read its attributes.
app.UseRouting();

// The site has no sign-in, but MVC registers authorization, and left to itself WebApplication would run both steps
// at the very front of every request, replayed ones included. Here, after routing, is where they belong.
app.UseAuthentication();
app.UseAuthorization();

// After routing: the limit is named on the endpoint with [EnableRateLimiting].
app.UseRecommendationRateLimit();

// After the rate limiter, like the cache below, so a limit counts every request to its endpoint, whether or not
// the cache could answer it. After routing: only endpoints with the page cache policy are revalidated here.
app.UsePageRevalidation();

// After routing: the endpoint's [OutputCache] attribute picks the policy. Outside compression, so the cache stores
// the compressed body and a hit skips both rendering and compression.
app.UseOutputCache();
app.UseResponseCompression();

app.MapStaticAssets();
app.MapControllers().WithStaticAssets();
app.MapApiDocument();
app.MapHealthReport();
return await app.RunSiteAsync();

/// <summary>Entry point, public so integration tests can host the real app.</summary>
public partial class Program;
