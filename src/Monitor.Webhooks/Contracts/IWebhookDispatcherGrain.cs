using Orleans.Concurrency;

namespace Monitor.Webhooks;

/// <summary>
/// Reads the change log <c>all</c> after its durable cursor and hands each divergence event to the
/// subscriptions whose route accepts it. One for the cluster (key 0).
/// </summary>
[Alias("Monitor.IWebhookDispatcherGrain")]
public interface IWebhookDispatcherGrain : IGrainWithIntegerKey
{
    public const long Default = 0;

    /// <summary>Starts routing events stored after this call to the subscription.</summary>
    [Alias("Register")]
    Task Register(string subscriptionId, WebhookRoute route);

    [Alias("Unregister")]
    Task Unregister(string subscriptionId);

    [Alias("Subscriptions")]
    Task<IReadOnlyList<string>> Subscriptions();

    /// <summary>Catches up with the change log and wakes every subscription, so their outboxes resume.</summary>
    [Alias("Start")]
    Task Start();

    /// <summary>Asks for a catch-up soon: new changes were stored.</summary>
    [OneWay, Alias("Nudge")]
    Task Nudge();
}
