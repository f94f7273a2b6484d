using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>
/// The ingest step's way to the entity grains. Many articles in flight name the same entities (a
/// country, a president): a mention that finds a call to its entity already under way waits and goes
/// with the others that queued meanwhile, in the next call. A much-named entity then takes one call,
/// one commit and one change per round trip instead of one per article. Nothing waits on a timer:
/// an entity nobody else is naming gets its call at once.
/// </summary>
internal sealed class EntityMentionSender(IGrainFactory grains)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue> _queues = new(StringComparer.Ordinal);
    private readonly GrainReferences<IEntityGrain> _entities = new(grains);

    /// <summary>Completes when the entity has the mention durably, or fails with the call that carried it.</summary>
    public Task SendAsync(string entity, MentionInStory mention)
    {
        var waiting = new Waiting(mention);
        Queue? start = null;
        lock (_lock)
        {
            if (!_queues.TryGetValue(entity, out var queue))
            {
                queue = new Queue();
                _queues.Add(entity, queue);
                start = queue;
            }
            queue.Items.Add(waiting);
        }
        if (start is not null)
        {
            // On the thread pool, never on a caller's grain scheduler: the drain outlives the call that started it.
            _ = Task.Run(() => DrainAsync(entity, start));
        }
        return waiting.Done.Task;
    }

    private async Task DrainAsync(string entity, Queue queue)
    {
        while (true)
        {
            List<Waiting> batch;
            lock (_lock)
            {
                if (queue.Items.Count == 0)
                {
                    _queues.Remove(entity);
                    return;
                }
                (batch, queue.Items) = (queue.Items, []);
            }
            try
            {
                await _entities[entity].AddMentions([.. batch.Select(w => w.Mention)]);
                batch.ForEach(w => w.Done.TrySetResult());
            }
            catch (Exception error)
            {
                // Every article of the failed call retries its own ingest; the entity ignores mentions it already has.
                batch.ForEach(w => w.Done.TrySetException(error));
            }
        }
    }

    private sealed class Queue
    {
        public List<Waiting> Items { get; set; } = [];
    }

    private sealed record Waiting(MentionInStory Mention)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
