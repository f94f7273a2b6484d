using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Webhooks;

namespace Monitor.Host;

/// <summary>
/// Webhook subscriptions, all of them admin endpoints: a subscription's address is no one else's business. The API, not the grains, tells the dispatcher about a subscription, so a
/// subscription grain never calls the dispatcher that calls it.
/// </summary>
public static class WebhooksApi
{
    public static RouteGroupBuilder MapWebhooksApi(this RouteGroupBuilder admin)
    {
        var webhooks = admin.MapGroup("/webhooks");
        webhooks.MapPost("", Create);
        webhooks.MapGet("", List);
        webhooks.MapGet("/{id}", Get);
        webhooks.MapDelete("/{id}", Delete);
        webhooks.MapGet("/{id}/deliveries", Deliveries);
        webhooks.MapPost("/{id}/replay", Replay);
        return admin;
    }

    /// <summary>The body is read by hand, as the other writes read theirs: after the key check, capped, UTF-8, bad JSON a 400.</summary>
    private static async Task<Results<Created<WebhookCreated>, ValidationProblem, ProblemHttpResult>> Create(
        HttpRequest http, WebhookAddressGuard guard, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadUtf8Async(http, 16 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (RequestBody.ParseJson<WebhookRequest>(body.Span, out var error) is not { } request)
        {
            return RequestBody.BadJson(error!);
        }
        var errors = request.Validate(guard);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The webhook subscription is not valid.");
        }
        var id = "wh_" + Guid.NewGuid().ToString("N");
        var settings = request.ToSettings();
        var view = await grains.GetGrain<IWebhookSubscriptionGrain>(id).Create(settings);
        await Dispatcher(grains).Register(id, settings.Route);
        return TypedResults.Created($"/api/webhooks/{id}", new WebhookCreated(view, settings.Secret));
    }

    private static async Task<Ok<WebhookSubscriptionView[]>> List(IGrainFactory grains)
    {
        var ids = await Dispatcher(grains).Subscriptions();
        var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<IWebhookSubscriptionGrain>(id).View()));
        return TypedResults.Ok(views.OfType<WebhookSubscriptionView>().OrderBy(v => v.CreatedAt).ToArray());
    }

    private static async Task<Results<Ok<WebhookSubscriptionView>, NotFound>> Get(string id, IGrainFactory grains) =>
        await grains.GetGrain<IWebhookSubscriptionGrain>(id).View() is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> Delete(string id, IGrainFactory grains)
    {
        await Dispatcher(grains).Unregister(id);
        return await grains.GetGrain<IWebhookSubscriptionGrain>(id).Delete() ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<IReadOnlyList<WebhookDelivery>>, NotFound>> Deliveries(string id, IGrainFactory grains)
    {
        var subscription = grains.GetGrain<IWebhookSubscriptionGrain>(id);
        return await subscription.View() is null ? TypedResults.NotFound() : TypedResults.Ok(await subscription.Deliveries());
    }

    private static async Task<Results<Accepted<WebhookReplayed>, NotFound, ValidationProblem>> Replay(string id, string? since, IGrainFactory grains)
    {
        if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["since"] = ["Give since as a date and time, e.g. 2025-07-18T00:00:00Z."] },
                title: "The replay is not valid.");
        }
        var subscription = grains.GetGrain<IWebhookSubscriptionGrain>(id);
        if (await subscription.View() is null)
        {
            return TypedResults.NotFound();
        }
        var queued = await subscription.Replay(from);
        return TypedResults.Accepted($"/api/webhooks/{id}/deliveries", new WebhookReplayed(id, from, queued));
    }

    private static IWebhookDispatcherGrain Dispatcher(IGrainFactory grains) =>
        grains.GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Default);
}
