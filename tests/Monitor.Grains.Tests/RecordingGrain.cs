using System.Reflection;

namespace Monitor.Grains.Tests;

/// <summary>A stand-in grain for an <see cref="EventStream{TEvent}"/>: it only records that it was asked to deactivate.</summary>
internal sealed class RecordingGrain : IGrainBase
{
    private readonly GrainContextProxy _context;

    public RecordingGrain()
    {
        GrainContext = DispatchProxy.Create<IGrainContext, GrainContextProxy>();
        _context = (GrainContextProxy)GrainContext;
    }

    public IGrainContext GrainContext { get; }

    public bool Deactivated => _context.Deactivated;

    public class GrainContextProxy : DispatchProxy
    {
        public bool Deactivated { get; private set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name == nameof(IGrainContext.Deactivate))
            {
                Deactivated = true;
            }
            return targetMethod?.ReturnType == typeof(Task) ? Task.CompletedTask : null;
        }
    }
}
