using FrameworkAdvisor.Web.Http.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>
/// Test-only endpoints, one per kind of limited work, that hold their turn until the test lets go: a way to fill a
/// bound with no timing involved. Served by <see cref="HookedSite"/>, like the other test hooks.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class WorkHoldController : Controller
{
    private const string Prefix = "/test-hooks/hold/";

    private static readonly SemaphoreSlim EnteredSignal = new(0);
    private static TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [HttpGet(Prefix + WorkLimits.Cards)]
    [EnableRateLimiting(WorkLimits.Cards)]
    public Task<IActionResult> Cards() => HoldAsync();

    [HttpGet(Prefix + WorkLimits.Search)]
    [EnableRateLimiting(WorkLimits.Search)]
    public Task<IActionResult> Search() => HoldAsync();

    [HttpGet(Prefix + WorkLimits.Results)]
    [EnableRateLimiting(WorkLimits.Results)]
    public Task<IActionResult> Results() => HoldAsync();

    [HttpGet(Prefix + WorkLimits.Recommendations)]
    [EnableRateLimiting(WorkLimits.Recommendations)]
    public Task<IActionResult> Recommendations() => HoldAsync();

    /// <summary>
    /// Takes every turn of each kind given (a bound of one each) and keeps them until disposed. Not safe for two
    /// tests at once: the classes that use it run their tests one after another.
    /// </summary>
    public static async Task<IAsyncDisposable> HoldAsync(HttpClient client, params string[] kinds)
    {
        _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = kinds.Select(kind => client.GetAsync(Prefix + kind)).ToList();
        foreach (var _ in kinds)
        {
            Assert.True(await EnteredSignal.WaitAsync(TimeSpan.FromSeconds(30)), "a hold never got its turn");
        }

        return new Held(held);
    }

    private async Task<IActionResult> HoldAsync()
    {
        var release = _release;
        EnteredSignal.Release();
        await release.Task;
        return Content("released");
    }

    private sealed class Held(List<Task<HttpResponseMessage>> held) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            _release.TrySetResult();
            foreach (var response in await Task.WhenAll(held))
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                response.Dispose();
            }
        }
    }
}
