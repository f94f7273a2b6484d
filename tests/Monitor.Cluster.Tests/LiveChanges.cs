using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Monitor.Cluster.Tests;

/// <summary>
/// A SignalR subscriber to one topic of one host that follows the dashboard's protocol (wwwroot/js/live.js):
/// it subscribes from a sequence, takes live pushes, and fills a gap from the change log over HTTP when a
/// later change shows one. It records every sequence it got, and how it got it.
/// </summary>
internal sealed class LiveChanges(Uri host, string topic, HttpClient http) : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, int> _received = [];
    private readonly HashSet<long> _pushed = [];
    private readonly SemaphoreSlim _filling = new(1, 1);
    private readonly HubConnection _connection = new HubConnectionBuilder().WithUrl(new Uri(host, "/hubs/monitor")).Build();
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _contiguous;
    private long _waitingFor = long.MaxValue;

    public IReadOnlyList<long> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received.Keys.Order()];
            }
        }
    }

    /// <summary>Distinct changes that came as live pushes (the rest came only from the log, to fill a gap).</summary>
    public int Pushed
    {
        get
        {
            lock (_lock)
            {
                return _pushed.Count;
            }
        }
    }

    public async Task StartAsync()
    {
        _connection.On<JsonElement[]>("changes", OnChanges);
        await _connection.StartAsync();
        await _connection.InvokeAsync<long>("Subscribe", topic, 0L);
    }

    /// <summary>Completes once every sequence up to <paramref name="last"/> has arrived; fills a trailing gap first.</summary>
    public async Task ReachedAsync(long last)
    {
        Interlocked.Exchange(ref _waitingFor, last);
        await FillAsync();
        await _reached.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _filling.Dispose();
    }

    private void OnChanges(JsonElement[] changes)
    {
        bool gap;
        lock (_lock)
        {
            _pushed.UnionWith(Record(changes));
            gap = _received.Count > 0 && _received.Keys.Max() > _contiguous + 1;
        }
        if (gap)
        {
            _ = FillAsync();
        }
        Check();
    }

    private async Task FillAsync()
    {
        if (!await _filling.WaitAsync(0))
        {
            return;
        }
        try
        {
            while (true)
            {
                var after = Interlocked.Read(ref _contiguous);
                var page = await http.GetFromJsonAsync<JsonElement[]>(new Uri(host, $"/api/changes?topic={topic}&after={after}&limit=500"));
                if (page is null || page.Length == 0)
                {
                    break;
                }
                lock (_lock)
                {
                    Record(page);
                }
            }
        }
        finally
        {
            _filling.Release();
        }
        Check();
    }

    private List<long> Record(IEnumerable<JsonElement> changes)
    {
        var sequences = new List<long>();
        foreach (var change in changes.Where(c => c.GetProperty("topic").GetString() == topic))
        {
            var sequence = change.GetProperty("sequence").GetInt64();
            _received[sequence] = _received.GetValueOrDefault(sequence) + 1;
            sequences.Add(sequence);
        }
        while (_received.ContainsKey(_contiguous + 1))
        {
            Interlocked.Increment(ref _contiguous);
        }
        return sequences;
    }

    private void Check()
    {
        if (Interlocked.Read(ref _contiguous) >= Interlocked.Read(ref _waitingFor))
        {
            _reached.TrySetResult();
        }
    }
}
