using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Contracts;
using Monitor.Grains;

namespace Monitor.Webhooks;

/// <summary>
/// Turns the change log into outbox entries. The cursor moves only after every subscription has stored
/// its events, so a crash repeats a page (the outboxes drop repeated ids) and never skips one.
/// A timer polls; the reminder only brings the grain back after a restart or a collection.
/// </summary>
public sealed partial class WebhookDispatcherGrain(
    [PersistentState("webhook-dispatcher", MonitorStorage.Name)] IPersistentState<WebhookDispatcherState> state,
    IJournal journal,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDispatcherGrain> logger) : Grain, IWebhookDispatcherGrain, IRemindable
{
    private const int PageSize = 500;
    private const string ReminderName = "webhook-dispatcher";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var poll = options.Value.PollInterval;
        this.RegisterGrainTimer(CatchUpQuietlyAsync, new GrainTimerCreationOptions(poll, poll) { KeepAlive = true });
        await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public async Task Register(string subscriptionId, WebhookRoute route)
    {
        // Catch up first: a new subscription gets the events stored after it was made, not the history.
        await CatchUpQuietlyAsync();
        state.State.Routes[subscriptionId] = route;
        await state.WriteStateAsync();
    }

    public async Task Unregister(string subscriptionId)
    {
        if (state.State.Routes.Remove(subscriptionId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> Subscriptions() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Routes.Keys]);

    public async Task Start()
    {
        await CatchUpQuietlyAsync();
        foreach (var id in state.State.Routes.Keys.ToList())
        {
            try
            {
                await GrainFactory.GetGrain<IWebhookSubscriptionGrain>(id).Wake();
            }
            catch (Exception ex)
            {
                LogWakeFailed(ex, id);
            }
        }
    }

    public Task Nudge() => CatchUpQuietlyAsync();

    public Task ReceiveReminder(string reminderName, TickStatus status) => CatchUpQuietlyAsync();

    private async Task CatchUpQuietlyAsync()
    {
        try
        {
            await CatchUpAsync();
        }
        catch (Exception ex)
        {
            LogCatchUpFailed(ex, state.State.Cursor);
        }
    }

    private async Task CatchUpAsync()
    {
        if (state.State.Routes.Count == 0)
        {
            // Nobody subscribes: nothing to read, the cursor just moves to the end of the log.
            var head = await journal.TopicHeadAsync(Topics.All);
            if (head > state.State.Cursor)
            {
                state.State.Cursor = head;
                await state.WriteStateAsync();
            }
            return;
        }
        while (true)
        {
            var page = await journal.ReadChangesAsync(Topics.All, state.State.Cursor, PageSize);
            if (page.Count == 0)
            {
                return;
            }
            var outboxes = new Dictionary<string, List<WebhookEvent>>(StringComparer.Ordinal);
            foreach (var change in page)
            {
                if (WebhookEventFactory.TryCreate(change, options.Value.PublicUrl) is not { } e)
                {
                    continue;
                }
                foreach (var (id, route) in state.State.Routes.Where(r => r.Value.Accepts(e)))
                {
                    (outboxes.TryGetValue(id, out var list) ? list : outboxes[id] = []).Add(e);
                }
            }
            await Task.WhenAll(outboxes.Select(o => GrainFactory.GetGrain<IWebhookSubscriptionGrain>(o.Key).Enqueue(o.Value)));
            state.State.Cursor = page[^1].Sequence;
            await state.WriteStateAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook dispatch after sequence {Cursor} failed; the next tick retries.")]
    private partial void LogCatchUpFailed(Exception ex, long cursor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not wake webhook subscription {SubscriptionId}; its reminder will.")]
    private partial void LogWakeFailed(Exception ex, string subscriptionId);
}
