using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;

namespace Monitor.Grains;

public static class MonitorGrainsExtensions
{
    /// <summary>
    /// The engine's types cross grain calls as JSON: the engine knows nothing of Orleans, so it
    /// carries no Orleans serializer attributes.
    /// </summary>
    public static ISerializerBuilder AddMonitorSerialization(this ISerializerBuilder serializer)
    {
        // Before the JSON codec: the first copier that takes a type copies it.
        serializer.Services.AddSingleton<IGeneralizedCopier, AnalysedValues>();
        return serializer.AddJsonSerializer(
            isSupported: type => type.Namespace == typeof(ArticleInput).Namespace,
            jsonSerializerOptions: MonitorJson.Create());
    }

    /// <summary>The services a client of the grains uses: analysis, ingest and snapshot.</summary>
    public static IServiceCollection AddMonitorIngest(this IServiceCollection services) =>
        services
            .AddSingleton<ArticleAnalyzer>()
            .AddSingleton<ArticleIngestor>()
            .AddSingleton<SnapshotReader>();
}
