using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Monitor.Webhooks;

public static partial class WebhooksSiloExtensions
{
    /// <summary>
    /// Webhook delivery in this silo: options from the "Webhooks" section, the guarded sender, and a start-up
    /// task that wakes the dispatcher, which wakes every subscription so outboxes resume after a restart.
    /// The silo also needs a reminder service.
    /// </summary>
    public static ISiloBuilder AddMonitorWebhooks(this ISiloBuilder silo)
    {
        var section = silo.Configuration.GetSection(WebhookOptions.Section);
        silo.Services.Configure<WebhookOptions>(o => section.Bind(o));
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<WebhookAddressGuard>();
        silo.Services.AddSingleton<WebhookSender>();
        silo.AddStartupTask(async (services, _) =>
        {
            try
            {
                await services.GetRequiredService<IGrainFactory>().GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Default).Start();
            }
            catch (Exception ex)
            {
                // A silo must start even if webhooks cannot: the dispatcher's reminder retries.
                LogStartFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhooksSiloExtensions)), ex);
            }
        });
        return silo;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery could not start; the dispatcher's reminder retries.")]
    private static partial void LogStartFailed(ILogger logger, Exception ex);
}
