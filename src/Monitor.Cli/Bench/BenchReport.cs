using System.Text.Json.Serialization;

namespace Monitor.Cli.Bench;

/// <summary>What one bench run measured; <c>--json</c> prints it as one object.</summary>
internal sealed record BenchReport(
    [property: JsonPropertyName("quick")] bool Quick,
    [property: JsonPropertyName("processors")] int Processors,
    [property: JsonPropertyName("base_articles")] int BaseArticles,
    [property: JsonPropertyName("articles")] int Articles,
    [property: JsonPropertyName("articles_per_second")] double ArticlesPerSecond,
    [property: JsonPropertyName("ingest_profile_share_of_wall")] IReadOnlyDictionary<string, double> IngestProfile,
    [property: JsonPropertyName("push_rate_per_second")] int PushRate,
    [property: JsonPropertyName("push_samples")] int PushSamples,
    [property: JsonPropertyName("p50_push_ms")] double P50PushMs,
    [property: JsonPropertyName("p99_push_ms")] double P99PushMs,
    [property: JsonPropertyName("story_sizes")] IReadOnlyList<int> StorySizes,
    [property: JsonPropertyName("update_ms_at_10")] double UpdateMsAt10,
    [property: JsonPropertyName("update_ms_at_1000")] double UpdateMsAt1000,
    [property: JsonPropertyName("update_ms_at_10000")] double UpdateMsAt10000,
    [property: JsonPropertyName("ledger_update_ms_at_10")] double LedgerUpdateMsAt10,
    [property: JsonPropertyName("ledger_update_ms_at_1000")] double LedgerUpdateMsAt1000,
    [property: JsonPropertyName("ledger_update_ms_at_10000")] double LedgerUpdateMsAt10000,
    [property: JsonPropertyName("full_recompute_ms_at_10")] double FullRecomputeMsAt10,
    [property: JsonPropertyName("full_recompute_ms_at_1000")] double FullRecomputeMsAt1000,
    [property: JsonPropertyName("full_recompute_ms_at_10000")] double FullRecomputeMsAt10000,
    [property: JsonPropertyName("update_growth_10000_vs_10")] double UpdateGrowth,
    [property: JsonPropertyName("recompute_over_update_at_10000")] double RecomputeOverUpdate,
    [property: JsonPropertyName("recompute_over_ledger_update_at_10000")] double RecomputeOverLedgerUpdate,
    [property: JsonPropertyName("bytes_written_per_article")] double BytesPerArticle,
    [property: JsonPropertyName("log_bytes_per_article_at_10")] double LogBytesAt10,
    [property: JsonPropertyName("log_bytes_per_article_at_1000")] double LogBytesAt1000,
    [property: JsonPropertyName("log_bytes_per_article_at_10000")] double LogBytesAt10000,
    [property: JsonPropertyName("empty_grain_calls_per_second")] double EmptyGrainCallsPerSecond,
    [property: JsonPropertyName("articles_per_empty_grain_call")] double ArticlesPerGrainCall,
    [property: JsonPropertyName("bytes_per_active_story")] double BytesPerActiveStory,
    [property: JsonPropertyName("bytes_per_1000_active_stories")] double BytesPer1000Stories,
    [property: JsonPropertyName("seconds")] double Seconds);
