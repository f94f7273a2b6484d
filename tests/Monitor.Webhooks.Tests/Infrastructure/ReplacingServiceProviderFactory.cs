using Microsoft.Extensions.DependencyInjection;

namespace Monitor.Webhooks.Tests;

/// <summary>
/// Lets a test replace a service the host registers (its grain storage) after the host has registered
/// everything: MonitorApp's configure hook runs before AddMonitor, whose registrations would win.
/// </summary>
internal sealed class ReplacingServiceProviderFactory(Action<IServiceCollection> replace) : IServiceProviderFactory<IServiceCollection>
{
    public IServiceCollection CreateBuilder(IServiceCollection services)
    {
        replace(services);
        return services;
    }

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => containerBuilder.BuildServiceProvider();
}
