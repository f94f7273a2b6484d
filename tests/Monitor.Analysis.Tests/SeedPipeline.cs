namespace Monitor.Analysis.Tests;

/// <summary>The pure engine pipeline over the seed articles: analyser, clusterer, story and entity ledgers.</summary>
internal sealed class SeedPipeline
{
    public Dictionary<string, ClaimLedger> Stories { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> ArticlesByStory { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EntityLedger> Entities { get; } = new(StringComparer.Ordinal);

    public static IReadOnlyList<ArticleInput> ReadSeeds() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var id = Path.GetFileNameWithoutExtension(path);
                var text = File.ReadAllText(path);
                return new ArticleInput(id, id, text.Split('\n')[0], text);
            })];

    public static SeedPipeline Run(IEnumerable<ArticleInput> inputs)
    {
        var pipeline = new SeedPipeline();
        var analyzer = new ArticleAnalyzer();
        var clusterer = new StoryClusterer();
        var analyzed = new Dictionary<string, AnalyzedArticle>(StringComparer.Ordinal);
        var people = new Dictionary<string, StoryPeople>(StringComparer.Ordinal);
        foreach (var article in inputs.Select(analyzer.Analyze))
        {
            analyzed[article.Id] = article;
            var decision = clusterer.Assign(article.Id, article.Signature);
            foreach (var regroup in decision.Regroups)
            {
                pipeline.Move(regroup, analyzed);
            }
            var story = decision.StoryId;
            if (!pipeline.Stories.TryGetValue(story, out var ledger))
            {
                pipeline.Stories[story] = ledger = new ClaimLedger();
                pipeline.ArticlesByStory[story] = [];
                people[story] = new StoryPeople();
            }
            foreach (var absorbed in decision.Merged)
            {
                foreach (var id in pipeline.ArticlesByStory[absorbed])
                {
                    ledger.Add(ArticleClaims.From(analyzed[id]));
                    pipeline.ArticlesByStory[story].Add(id);
                    // As a story adopting articles does: their held surnames wait in the survivor.
                    Take(people[story], analyzed[id]);
                }
                pipeline.Stories.Remove(absorbed);
                pipeline.ArticlesByStory.Remove(absorbed);
                foreach (var entity in pipeline.Entities.Values)
                {
                    entity.MoveStory(absorbed, story);
                }
            }
            ledger.Add(ArticleClaims.From(article));
            pipeline.ArticlesByStory[story].Add(article.Id);
            // As the story grain does: lone surnames go under the story's full names, or wait for one.
            var filed = Take(people[story], article);
            var mentions = article.Entities.Select((e, i) => filed.Keys[i] is { } key ? new HeldMention(article.Id, article.Source, article.NearDuplicateKey, e with { Key = key }) : null)
                .OfType<HeldMention>()
                .Concat(filed.Released);
            foreach (var (articleId, source, nearDuplicateKey, mention) in mentions)
            {
                if (!pipeline.Entities.TryGetValue(mention.Key, out var entity))
                {
                    pipeline.Entities[mention.Key] = entity = new EntityLedger(mention.Key);
                }
                entity.Add(story, articleId, source, nearDuplicateKey, mention);
            }
        }
        return pipeline;
    }

    private static StoryPeopleUpdate Take(StoryPeople people, AnalyzedArticle article) => people.Add(
        article.Id, article.Source, article.NearDuplicateKey, [.. article.Entities.Select(e => e.Key)],
        [.. article.Entities.Where(e => StoryPeople.IsLoneSurname(e.Key))]);

    /// <summary>Carries out a re-clustering's move: both stories' ledgers are made again from the articles they hold after it.</summary>
    private void Move(StoryRegroup regroup, Dictionary<string, AnalyzedArticle> analyzed)
    {
        if (!ArticlesByStory.TryGetValue(regroup.From, out var from))
        {
            return;
        }
        var to = ArticlesByStory.TryGetValue(regroup.To, out var held) ? held : ArticlesByStory[regroup.To] = [];
        var moving = regroup.Merged ? [.. from] : regroup.Articles.Where(from.Contains).ToList();
        from.RemoveAll(moving.Contains);
        to.AddRange(moving);
        foreach (var story in new[] { regroup.From, regroup.To })
        {
            var ledger = Stories[story] = new ClaimLedger();
            foreach (var id in ArticlesByStory[story])
            {
                ledger.Add(ArticleClaims.From(analyzed[id]));
            }
        }
        if (from.Count == 0)
        {
            Stories.Remove(regroup.From);
            ArticlesByStory.Remove(regroup.From);
            foreach (var entity in Entities.Values)
            {
                entity.MoveStory(regroup.From, regroup.To);
            }
        }
    }

    /// <summary>What the pipeline holds, as the snapshot a host would give.</summary>
    public Snapshot ToSnapshot() => new(
        [.. Stories.Select(s => new StoryView(s.Key, "", ArticlesByStory[s.Key], [], s.Value.Consensus(), s.Value.Divergences()))],
        [.. Entities.Values.Select(e => e.View())],
        []);

    /// <summary>Stories, consensus and divergences without ids: what must not depend on arrival order.</summary>
    public string Canonical() => string.Join("\n", Stories
        .Select(s => string.Join(",", ArticlesByStory[s.Key].Order(StringComparer.Ordinal))
            + " | " + string.Join(";", s.Value.Consensus().Select(c => $"{c.Slot}={c.Value}:{string.Join(",", c.Articles)}"))
            + " | " + string.Join(";", s.Value.Divergences().Select(d => d.Slot + "=" + string.Join("/", d.Sides.Select(x => x.Value + ":" + string.Join(",", x.Articles))))))
        .Concat(Entities.Values.Select(e => e.View()).Select(v => $"{v.Id} {v.Name} {string.Join(",", v.Articles)} {v.Divergences.Count}"))
        .Order(StringComparer.Ordinal));
}
