using System.Net;
using Orleans.Configuration;
using Orleans.Serialization;
using Monitor.Grains;
using Monitor.Storage.Redis;
using Monitor.Webhooks;

namespace Monitor.Host;

/// <summary>
/// Cluster mode: several hosts on one Redis, which holds Orleans membership, grain state, reminders
/// and the journal. Orleans' own options come from the "Cluster" section (Cluster:Membership,
/// Cluster:Messaging, Cluster:Gateway), so a deployment or a test can tune failure detection.
/// </summary>
public static class MonitorClusterExtensions
{
    public const string Section = "Cluster";

    public static WebApplicationBuilder AddMonitorCluster(this WebApplicationBuilder builder, MonitorOptions options)
    {
        var redis = options.Redis!;
        var cluster = builder.Configuration.GetSection(Section);
        if (options.Role == HostRole.Frontend)
        {
            builder.UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (options.ServiceId, options.ClusterId));
                client.UseMonitorRedis(redis);
                client.Services.Configure<GatewayOptions>(cluster.GetSection("Gateway"));
                client.Services.Configure<ClientMessagingOptions>(cluster.GetSection("Messaging"));
                client.Services.AddSerializer(s => s.AddMonitorSerialization());
                // A front end may start before any silo: wait for one rather than fail the host.
                client.UseConnectionRetryFilter(async (_, cancellationToken) =>
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                    return true;
                });
            });
            // The webhooks API validates addresses in the front end too; delivery runs in the silos.
            builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection(WebhookOptions.Section));
            builder.Services.AddSingleton<WebhookAddressGuard>();
            return builder;
        }
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (options.ServiceId, options.ClusterId));
            if (options.Kubernetes)
            {
                silo.UseKubernetesHosting();
            }
            else
            {
                var advertised = options.AdvertisedAddress;
                // Bind every interface when others reach us by a non-loopback address (a container's name, a host's IP).
                var anyInterface = !(IPAddress.TryParse(advertised, out var ip) && IPAddress.IsLoopback(ip));
                var ports = SiloPorts.For(options);
                silo.Services.AddSingleton(ports);
                silo.ConfigureEndpoints(advertised, ports.Silo, ports.Gateway, listenOnAnyHostAddress: anyInterface);
            }
            silo.Services.Configure<ClusterMembershipOptions>(cluster.GetSection("Membership"));
            silo.Services.Configure<SiloMessagingOptions>(cluster.GetSection("Messaging"));
            silo.UseMonitorRedis(redis, MonitorStorage.Name, options.ServiceId);
            silo.Services.AddSerializer(s => s.AddMonitorSerialization());
            silo.AddMonitorWebhooks();
            silo.AddMonitorTelemetry();
        });
        return builder;
    }
}
