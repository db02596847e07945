using System.Collections.Concurrent;
using System.Net;
using System.Text;
using FrameworkAdvisor.TestSupport;
using FrameworkAdvisor.Web.Tests.Features.Health;

namespace FrameworkAdvisor.Web.Tests.ContentHosting;

/// <summary>
/// Authors edit content/ while the site runs: good edits go live without a restart, replacing cached pages; broken
/// edits never replace good content and are reported; and visitors notice nothing while it happens.
/// </summary>
public sealed class ContentReloadTests : IDisposable
{
    private const string TablePage = "/compare/trio";
    private const string ComparisonFile = "compare/trio/_index.md";
    private const string Title = "Quill vs Lantern vs Harbor";

    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_saved_edit_goes_live_and_replaces_the_cached_page(bool byPolling)
    {
        using var site = new WatchedSiteFactory(_content.Directory, byPolling: byPolling);
        var client = site.CreateClient();
        var generation = (await client.GetHealthAsync()).Content.Generation;
        await client.GetStringAsync(TablePage);
        using var cached = await client.GetAsync(TablePage);
        Assert.NotNull(cached.Headers.Age);
        Assert.Contains(Title, await cached.Content.ReadAsStringAsync());

        _content.Replace(ComparisonFile, $"title: {Title}", "title: Quill, Lantern and Harbor");
        var report = await client.WaitForNewContentAsync(generation);

        using var fresh = await client.GetAsync(TablePage);
        var page = await fresh.Content.ReadAsStringAsync();
        Assert.Contains("Quill, Lantern and Harbor", page);
        Assert.DoesNotContain(Title, page);
        Assert.NotEqual(cached.Headers.ETag, fresh.Headers.ETag);
        Assert.Equal("healthy", report.Status);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, TablePage);
        revalidation.Headers.IfNoneMatch.Add(cached.Headers.ETag!);
        using var afterEdit = await client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.OK, afterEdit.StatusCode);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_content_serving_and_is_reported_without_file_detail()
    {
        using var site = new WatchedSiteFactory(_content.Directory);
        var client = site.CreateClient();

        _content.Replace(ComparisonFile, "weight: 10", "weight: heavy");
        var report = await client.WaitForHealthAsync(r => r.LastRejectedEdit is not null, "a rejected edit");

        Assert.Equal("serving-last-good-content", report.Status);
        Assert.Equal(1, report.Content.Generation);
        Assert.True(report.LastRejectedEdit!.ErrorCount >= 1);
        Assert.Null(report.LastRejectedEdit.Errors);
        var page = await client.GetPageAsync(TablePage);
        Assert.Equal(Title, page.Text("h1"));
        Assert.Null(page.QuerySelector(".content-errors"));
    }

    [Fact]
    public async Task In_development_every_page_shows_the_broken_files_and_lines_until_they_are_fixed()
    {
        using var site = new WatchedSiteFactory(_content.Directory, "Development");
        var client = site.CreateClient();
        Assert.True((await client.GetHealthAsync()).WatchingForChanges);
        await client.GetStringAsync(TablePage);

        _content.Replace(ComparisonFile, "weight: 10", "weight: heavy");
        await client.WaitForHealthAsync(r => r.LastRejectedEdit is not null, "a rejected edit");
        var line = _content.LineOf(ComparisonFile, "weight: heavy");

        var broken = await client.GetPageAsync(TablePage);
        var banner = broken.QuerySelector(".content-errors[role=alert]");
        Assert.NotNull(banner);
        Assert.Contains($"_index.md:{line}", banner.TextContent);
        Assert.Equal(Title, broken.Text("h1"));

        _content.Replace(ComparisonFile, "weight: heavy", "weight: 10");
        await client.WaitForHealthAsync(r => r.LastRejectedEdit is null, "the fix accepted");
        Assert.Null((await client.GetPageAsync(TablePage)).QuerySelector(".content-errors"));
    }

    [Fact]
    public async Task Visitors_see_no_failed_request_while_content_is_reloaded_again_and_again()
    {
        using var site = new WatchedSiteFactory(_content.Directory);
        var client = site.CreateClient();
        var failures = new ConcurrentQueue<string>();
        var requests = 0;
        using var stop = new CancellationTokenSource();

        async Task VisitAsync(string path, Func<HttpRequestMessage>? post = null)
        {
            while (!stop.IsCancellationRequested)
            {
                using var request = post?.Invoke() ?? new HttpRequestMessage(HttpMethod.Get, path);
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                Interlocked.Increment(ref requests);
                if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
                {
                    failures.Enqueue($"{request.Method} {path}: {(int)response.StatusCode}");
                }
            }
        }

        var visitors = new[]
        {
            VisitAsync(TablePage),
            VisitAsync("/compare/trio/aspects/speed"),
            VisitAsync("/compare/trio/choose/result?parts=pick"),
            VisitAsync("/api/comparisons/trio/recommendation", () => new HttpRequestMessage(HttpMethod.Post, "/api/comparisons/trio/recommendation")
            {
                Content = new StringContent("""{"answers": {"admin": "needed"}}""", Encoding.UTF8, "application/json"),
            }),
        };

        const int reloads = 12;
        var generation = (await client.GetHealthAsync()).Content.Generation;
        for (var edit = 1; edit <= reloads; edit++)
        {
            _content.Replace(ComparisonFile, edit == 1 ? $"title: {Title}" : $"title: {Title} ({edit - 1})", $"title: {Title} ({edit})");
            generation = (await client.WaitForNewContentAsync(generation)).Content.Generation;
        }

        await stop.CancelAsync();
        await Task.WhenAll(visitors);

        Assert.True(generation >= reloads + 1, $"only {generation - 1} reloads landed");
        Assert.True(requests > reloads * 4, $"only {requests} requests were made during the reloads");
        Assert.Empty(failures);
        Assert.Contains($"{Title} ({reloads})", await client.GetStringAsync(TablePage));
    }
}
