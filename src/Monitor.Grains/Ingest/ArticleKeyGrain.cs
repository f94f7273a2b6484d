using Monitor.Contracts;

namespace Monitor.Grains;

public sealed class ArticleKeyGrain([PersistentState("owner", MonitorStorage.Name)] IPersistentState<ArticleKeyOwner> owner)
    : Grain, IArticleKeyGrain
{
    public async Task<string> Claim(string articleId)
    {
        if (owner.State.ArticleId is { } existing)
        {
            return existing;
        }
        owner.State.ArticleId = articleId;
        await owner.WriteStateAsync();
        return articleId;
    }
}

[GenerateSerializer, Alias("Monitor.ArticleKeyOwner")]
public sealed class ArticleKeyOwner
{
    [Id(0)]
    public string? ArticleId { get; set; }
}
