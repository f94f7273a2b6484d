using System.Collections.Concurrent;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Monitor.Webhooks.Tests;

/// <summary>
/// Grain state that outlives a host: one <see cref="Store"/> is kept by the test and handed to two hosts
/// in turn, as a database file would be. States are kept serialized, so no host shares an object with another.
/// </summary>
internal sealed class SharedGrainStorage(SharedGrainStorage.Store store, Serializer serializer) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public sealed class Store
    {
        public ConcurrentDictionary<string, (byte[] State, string ETag)> States { get; } = new();
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (store.States.TryGetValue(Key(stateName, grainId), out var stored))
        {
            grainState.State = serializer.Deserialize<T>(stored.State);
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var etag = Guid.NewGuid().ToString("N");
        store.States[Key(stateName, grainId)] = (serializer.SerializeToArray(grainState.State), etag);
        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        store.States.TryRemove(Key(stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    public void Participate(ISiloLifecycle lifecycle)
    {
    }

    private static string Key(string stateName, GrainId grainId) => stateName + "/" + grainId;
}
