using System.Reflection;

namespace Monitor.Grains.Tests;

/// <summary>An object of any interface whose calls a test answers: a grain factory or a grain without a silo.</summary>
public class CallProxy : DispatchProxy
{
    public Func<MethodInfo, object?[], object?> Handle { get; set; } = (method, _) => throw new NotSupportedException(method.Name);

    public static T Create<T>() where T : class => Create<T, CallProxy>();

    public static CallProxy Of(object proxy) => (CallProxy)proxy;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => Handle(targetMethod!, args ?? []);
}
