using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Monitor.Cluster.Tests;

/// <summary>A SignalR subscriber to one topic of one host: it records every sequence the hub pushes it.</summary>
internal sealed class LiveChanges(Uri host, string topic) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, int> _received = new();
    private readonly HubConnection _connection = new HubConnectionBuilder().WithUrl(new Uri(host, "/hubs/monitor")).Build();
    private long _waitingFor = long.MaxValue;
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyCollection<long> Received => [.. _received.Keys.Order()];

    public int Duplicates => _received.Values.Sum(n => n - 1);

    public async Task StartAsync()
    {
        _connection.On<JsonElement[]>("changes", OnChanges);
        await _connection.StartAsync();
        await _connection.InvokeAsync<long>("Subscribe", topic, 0L);
    }

    /// <summary>Completes once every sequence up to <paramref name="last"/> has arrived.</summary>
    public Task ReachedAsync(long last)
    {
        Interlocked.Exchange(ref _waitingFor, last);
        Check();
        return _reached.Task;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private void OnChanges(JsonElement[] changes)
    {
        foreach (var change in changes.Where(c => c.GetProperty("topic").GetString() == topic))
        {
            _received.AddOrUpdate(change.GetProperty("sequence").GetInt64(), 1, (_, n) => n + 1);
        }
        Check();
    }

    private void Check()
    {
        var last = Interlocked.Read(ref _waitingFor);
        if (last != long.MaxValue && _received.Count >= last && Enumerable.Range(1, (int)last).All(s => _received.ContainsKey(s)))
        {
            _reached.TrySetResult();
        }
    }
}
