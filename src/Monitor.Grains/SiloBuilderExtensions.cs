using Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;

namespace Monitor.Grains;

public static class MonitorGrainsExtensions
{
    /// <summary>
    /// The engine's types cross grain calls as JSON: the engine knows nothing of Orleans, so it
    /// carries no Orleans serializer attributes.
    /// </summary>
    public static ISerializerBuilder AddMonitorSerialization(this ISerializerBuilder serializer) =>
        serializer.AddJsonSerializer(
            isSupported: type => type.Namespace == typeof(ArticleInput).Namespace,
            jsonSerializerOptions: MonitorJson.Create());

    /// <summary>The services a client of the grains uses: analysis, ingest and snapshot.</summary>
    public static IServiceCollection AddMonitorIngest(this IServiceCollection services) =>
        services
            .AddSingleton<ArticleAnalyzer>()
            .AddSingleton<ArticleIngestor>()
            .AddSingleton<SnapshotReader>();
}
