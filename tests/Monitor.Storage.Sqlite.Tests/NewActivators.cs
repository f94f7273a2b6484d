using Orleans.Serialization.Activators;
using Orleans.Serialization.Serializers;

namespace Monitor.Storage.Sqlite.Tests;

/// <summary>Creates empty states with their parameterless constructors, as the silo's activators do.</summary>
internal sealed class NewActivators : IActivatorProvider
{
    public IActivator<T> GetActivator<T>() => new New<T>();

    private sealed class New<T> : IActivator<T>
    {
        public T Create() => Activator.CreateInstance<T>();
    }
}
