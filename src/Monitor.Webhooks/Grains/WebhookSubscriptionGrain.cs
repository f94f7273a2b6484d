using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Contracts;
using Monitor.Grains;

namespace Monitor.Webhooks;

/// <summary>
/// One subscription and its durable outbox. A grain timer drives each attempt, because reminders cannot
/// fire sooner than a minute; the reminder stays registered while the outbox holds anything, so the
/// outbox resumes after the grain is collected or the silo restarts. One attempt a turn keeps the grain
/// responsive to the dispatcher while an endpoint is slow.
/// </summary>
public sealed partial class WebhookSubscriptionGrain(
    [PersistentState("webhook-subscription", MonitorStorage.Name)] IPersistentState<WebhookSubscriptionState> state,
    WebhookSender sender,
    IJournal journal,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookSubscriptionGrain> logger) : Grain, IWebhookSubscriptionGrain, IRemindable
{
    private const string ReminderName = "webhook-outbox";
    private IGrainTimer? _timer;
    private bool _reminderRegistered;

    private string Id => this.GetPrimaryKeyString();

    private WebhookSubscriptionState S => state.State;

    private bool Exists => S.Settings is not null;

    private bool HasWork => Exists && S.Enabled && S.Outbox.Count > 0;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => ScheduleAsync();

    public async Task<WebhookSubscriptionView> Create(WebhookSubscriptionSettings settings)
    {
        if (Exists)
        {
            throw new InvalidOperationException($"Webhook subscription {Id} exists already.");
        }
        S.Settings = settings;
        S.CreatedAt = time.GetUtcNow();
        S.Enabled = true;
        await state.WriteStateAsync();
        return S.View(Id);
    }

    public Task<WebhookSubscriptionView?> View() => Task.FromResult(Exists ? S.View(Id) : null);

    public async Task<bool> Delete()
    {
        if (!Exists)
        {
            return false;
        }
        await state.ClearStateAsync();
        state.State = new WebhookSubscriptionState();
        await ScheduleAsync();
        DeactivateOnIdle();
        return true;
    }

    public async Task Enqueue(IReadOnlyList<WebhookEvent> events)
    {
        // A disabled endpoint accumulates nothing: it asked to be left alone (410) or has been failing for long.
        if (!Exists || !S.Enabled)
        {
            return;
        }
        var known = S.Outbox.Select(o => o.Event.Id).Concat(S.Log.Select(l => l.EventId)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var added = events.Where(e => known.Add(e.Id)).Select(e => new OutboxEntry(e, 0, now)).ToList();
        if (added.Count > 0)
        {
            S.Outbox.AddRange(added);
            await state.WriteStateAsync();
            await ScheduleAsync();
        }
    }

    public Task<IReadOnlyList<WebhookDelivery>> Deliveries() => Task.FromResult<IReadOnlyList<WebhookDelivery>>(Exists ? [.. S.Log] : []);

    public async Task<int> Replay(DateTimeOffset since)
    {
        if (!Exists)
        {
            return 0;
        }
        var pending = S.Outbox.Select(o => o.Event.Id).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var route = S.Settings!.Route;
        var count = 0;
        for (long after = 0; ;)
        {
            var page = await journal.ReadChangesAsync(Topics.All, after, 500);
            if (page.Count == 0)
            {
                break;
            }
            after = page[^1].Sequence;
            foreach (var change in page.Where(c => c.At >= since))
            {
                if (WebhookEventFactory.TryCreate(change, options.Value.PublicUrl) is { } e && route.Accepts(e) && pending.Add(e.Id))
                {
                    S.Outbox.Add(new OutboxEntry(e, 0, now));
                    count++;
                }
            }
        }
        if (count > 0)
        {
            await state.WriteStateAsync();
            await ScheduleAsync();
        }
        return count;
    }

    public Task Wake() => Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => ScheduleAsync();

    private async Task ScheduleAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (!HasWork)
        {
            await StopReminderAsync();
            return;
        }
        var delay = S.Outbox.Min(o => o.DueAt) - time.GetUtcNow();
        _timer = this.RegisterGrainTimer(DeliverNextAsync, new GrainTimerCreationOptions(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        if (!_reminderRegistered)
        {
            await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            _reminderRegistered = true;
        }
    }

    private async Task StopReminderAsync()
    {
        var reminder = await this.GetReminder(ReminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
        _reminderRegistered = false;
    }

    private async Task DeliverNextAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = S.Outbox.Where(o => o.DueAt <= now).MinBy(o => o.DueAt);
        if (entry is not null && HasWork)
        {
            var key = WebhookSecret.TryDecode(S.Settings!.Secret, out _)!;
            var attempt = await sender.SendAsync(S.Settings.Url, key, entry.Event, cancellationToken);
            var outcome = S.Record(entry, attempt, time.GetUtcNow(), options.Value);
            MonitorTelemetry.WebhookDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));
            if (outcome == WebhookDeliveryOutcome.Disabled)
            {
                LogDisabled(Id, S.DisabledReason!);
            }
            await state.WriteStateAsync();
        }
        await ScheduleAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} disabled: {Reason}")]
    private partial void LogDisabled(string subscriptionId, string reason);
}
