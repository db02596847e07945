namespace FrameworkAdvisor.Web.Http;

public static class GracefulShutdown
{
    /// <summary>
    /// The host already stops on SIGTERM and Ctrl-C: Kestrel closes its listeners, lets idle keep-alive connections
    /// go, answers requests in flight with Connection: close, and waits for them up to the host's shutdown timeout.
    /// This sets that timeout from <see cref="ShutdownOptions"/>, validated when the site starts.
    /// </summary>
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShutdownOptions>()
            .Bind(configuration.GetSection(ShutdownOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Read without validating: the host reads its options while it is being built, before RunSiteAsync could
        // report a bad value plainly. A bad value is reported when the site starts (above), and stops it.
        services.AddOptions<HostOptions>().Configure(host =>
        {
            var seconds = configuration.GetSection(ShutdownOptions.Section).Get<ShutdownOptions>()?.TimeoutSeconds ?? new ShutdownOptions().TimeoutSeconds;
            host.ShutdownTimeout = TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 3600));
        });
        return services;
    }
}
