namespace Monitor.Host;

/// <summary>The "Api" configuration section: who may write, how often, and how much.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// The keys accepted in <c>X-Api-Key</c> for writes and admin endpoints. None configured (the embedded
    /// default) means writes are allowed from loopback only: the host listens on 127.0.0.1.
    /// </summary>
    public string[] Keys { get; set; } = [];

    /// <summary>Write requests one key (or, without a key, one address) may make per <see cref="RateWindow"/>.</summary>
    public int RateLimit { get; set; } = 6_000;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A body of one article: room for <see cref="Monitor.Grains.ArticleRules.MaxTextLength"/> characters however they are escaped.</summary>
    public int MaxArticleBytes { get; set; } = 2 * 1024 * 1024;

    public int MaxBatchBytes { get; set; } = 16 * 1024 * 1024;

    public int MaxBatchLines { get; set; } = 10_000;

    public IEnumerable<string> ConfiguredKeys => Keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim());
}
