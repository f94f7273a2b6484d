using System.Collections.Concurrent;
using System.Text.Json;
using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Grains.Tests;

/// <summary>Mentions of one entity from many articles at once: one call and one change for those that queued together.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EntityMentionTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Mentions_in_one_call_make_one_change_and_a_repeated_article_changes_nothing()
    {
        var key = "person:okafor-" + Guid.NewGuid().ToString("N");
        var entity = fixture.Grains.GetGrain<IEntityGrain>(key);

        await entity.AddMentions([Mention(key, "a1", "Herald", "Marc Okafor"), Mention(key, "a2", "Courier", "Marco Okafor"), Mention(key, "a1", "Herald", "Marc Okafor")]);
        await entity.AddMentions([Mention(key, "a2", "Courier", "Marco Okafor")]);

        var view = await entity.View();
        view.Articles.Should().Equal("a1", "a2");
        view.Divergences.Should().ContainSingle();
        var changes = await fixture.Journal.ReadChangesAsync(Topics.Entity(key), 0, 100);
        changes.Select(c => c.Kind).Should().Equal(ChangeKinds.EntityUpdated, ChangeKinds.DivergenceDetected);
    }

    [Fact]
    public async Task Articles_moved_to_another_story_stay_filed_there_after_the_entity_comes_back()
    {
        var key = "person:okafor-" + Guid.NewGuid().ToString("N");
        var entity = fixture.Grains.GetGrain<IEntityGrain>(key);
        await entity.AddMentions([Mention(key, "a1", "Herald", null), Mention(key, "a2", "Courier", null)]);

        await entity.MoveArticles(["a2"], "s2");
        await fixture.Cluster.DeactivateAsync(entity);

        (await entity.View()).Stories.Should().Equal("s1", "s2");
    }

    [Fact]
    public async Task A_burst_of_mentions_ends_with_a_summary_that_counts_them_all()
    {
        var key = "person:okafor-" + Guid.NewGuid().ToString("N");
        var entity = fixture.Grains.GetGrain<IEntityGrain>(key);
        var summaries = new SummaryWatcher(Topics.Entity(key), Count);
        var reference = fixture.Cluster.Client.CreateObjectReference<IChangeObserver>(summaries);
        await fixture.Grains.GetGrain<IChangeHubGrain>(0).Subscribe(reference);

        // Calls in a row: the first summary goes at once, those within its interval are held and go as one.
        foreach (var article in new[] { "a1", "a2", "a3", "a4" })
        {
            await entity.AddMentions([Mention(key, article, "Herald", null)]);
        }
        var counts = (await summaries.UntilArticles(4).WaitAsync(TimeSpan.FromSeconds(30))).Select(s => s.Articles);

        counts.Should().BeInAscendingOrder().And.HaveCountLessThanOrEqualTo(4).And.StartWith(1);
        var stored = await fixture.Journal.ReadChangesAsync(Topics.Entity(key), 0, 100);
        stored.Select(c => Count(c)!.Value).Should().Equal(counts, "every summary pushed was stored first");
        await fixture.Grains.GetGrain<IChangeHubGrain>(0).Unsubscribe(reference);
    }

    [Fact]
    public async Task Mentions_that_queue_behind_a_call_in_flight_go_together_in_the_next()
    {
        var grains = new GatedEntities();
        var sender = new EntityMentionSender(GatedEntities.Factory(grains));

        var first = sender.SendAsync("place:a", Mention("place:a", "a1", "Herald", null));
        await grains.FirstCallArrived;
        var queued = new[] { sender.SendAsync("place:a", Mention("place:a", "a2", "Herald", null)), sender.SendAsync("place:a", Mention("place:a", "a3", "Courier", null)) };
        await sender.SendAsync("place:b", Mention("place:b", "a2", "Herald", null));
        grains.Open();
        await Task.WhenAll([first, .. queued]);

        grains.Calls["place:a"].Select(call => string.Join(",", call)).Should().Equal("a1", "a2,a3");
        grains.Calls["place:b"].Select(call => string.Join(",", call)).Should().Equal("a2");
    }

    [Fact]
    public async Task A_failed_call_fails_every_mention_it_carried()
    {
        var grains = new GatedEntities { Fail = true };
        var sender = new EntityMentionSender(GatedEntities.Factory(grains));

        var first = sender.SendAsync("place:a", Mention("place:a", "a1", "Herald", null));
        await grains.FirstCallArrived;
        var queued = sender.SendAsync("place:a", Mention("place:a", "a2", "Herald", null));
        grains.Open();

        await first.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>();
        await queued.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>();
    }

    private static int? Count(Change change) =>
        change.Kind == ChangeKinds.EntityUpdated ? JsonSerializer.Deserialize<EntitySummary>(change.Payload, MonitorJson.Options)!.Articles : null;

    private static MentionInStory Mention(string key, string article, string source, string? name) =>
        new("s1", article, source, article, new EntityMention(key, "Ada Okafor", EntityKind.Person, ["Okafor"],
            name is null ? [] : [new EntityAttribute("name", name, $"{name} spoke.")]));

    /// <summary>Entity grains whose first call waits at a gate the test opens; every call is recorded.</summary>
    private sealed class GatedEntities
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _firstArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public ConcurrentDictionary<string, ConcurrentQueue<string[]>> Calls { get; } = new();

        public bool Fail { get; init; }

        public Task FirstCallArrived => _firstArrived.Task;

        public void Open() => _gate.TrySetResult();

        public static IGrainFactory Factory(GatedEntities entities)
        {
            var factory = CallProxy.Create<IGrainFactory>();
            CallProxy.Of(factory).Handle = (method, args) =>
            {
                var entity = CallProxy.Create<IEntityGrain>();
                var key = (string)args[0]!;
                CallProxy.Of(entity).Handle = (_, callArgs) => entities.AddMentions(key, (IReadOnlyList<MentionInStory>)callArgs[0]!);
                return entity;
            };
            return factory;
        }

        private async Task AddMentions(string key, IReadOnlyList<MentionInStory> mentions)
        {
            Calls.GetOrAdd(key, _ => new()).Enqueue([.. mentions.Select(m => m.ArticleId)]);
            if (Interlocked.Increment(ref _calls) == 1)
            {
                _firstArrived.TrySetResult();
                await _gate.Task;
            }
            if (Fail)
            {
                throw new InvalidOperationException("The entity could not be reached.");
            }
        }
    }
}
