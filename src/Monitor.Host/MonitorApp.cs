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
}
