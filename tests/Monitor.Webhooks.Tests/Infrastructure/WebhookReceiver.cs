using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.Webhooks.Tests;

/// <summary>
/// A real HTTP endpoint on loopback (Kestrel). <see cref="Answer"/> decides each status code, so a test
/// can play an endpoint that is down, rate-limited or gone; waiters are signalled, never polled.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedWebhook> _received = [];
    private readonly List<(Func<IReadOnlyList<ReceivedWebhook>, bool> Condition, TaskCompletionSource Signal)> _waiters = [];
    private WebApplication? _app;

    public Func<ReceivedWebhook, (int Status, string? RetryAfter)> Answer { get; set; } = _ => (200, null);

    public int Port { get; private set; }

    public string Url(string path = "hook") => $"http://127.0.0.1:{Port}/{path}";

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<WebhookReceiver> StartAsync(int port = 0)
    {
        var receiver = new WebhookReceiver();
        await receiver.ListenAsync(port);
        return receiver;
    }

    public async Task ListenAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.MapPost("/{**path}", Receive);
        await _app.StartAsync();
        Port = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
    }

    /// <summary>Completes when the requests received so far satisfy the condition.</summary>
    public Task WaitUntil(Func<IReadOnlyList<ReceivedWebhook>, bool> condition)
    {
        lock (_lock)
        {
            if (condition(_received))
            {
                return Task.CompletedTask;
            }
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, signal));
            // A safety net against a hung run, not a timed assertion: failing here means nothing ever arrived.
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> Receive(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers;
        var request = new ReceivedWebhook(path, headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"], body, 0);
        var (status, retryAfter) = Answer(request);
        lock (_lock)
        {
            _received.Add(request with { AnsweredWith = status });
            foreach (var waiter in _waiters.Where(w => w.Condition(_received)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        return Results.StatusCode(status);
    }
}
