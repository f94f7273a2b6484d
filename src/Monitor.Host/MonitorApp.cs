namespace Monitor.Host;

/// <summary>Builds the host: the serve command and the functional tests start it the same way.</summary>
public static class MonitorApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        configure?.Invoke(builder);
        builder.AddMonitor();
        var app = builder.Build();
        app.MapMonitor();
        return app;
    }

    /// <summary>Builds and starts the host; a silo whose picked ports were taken meanwhile starts again on new ones.</summary>
    public static Task<WebApplication> StartAsync(
        string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        SiloStartup.StartAsync(() => Create(args, configure), cancellationToken);
}
