namespace Monitor.Grains;

/// <summary>
/// References to one interface of string-keyed grains. Orleans' <c>GetGrain&lt;T&gt;(key)</c> reads the
/// interface's attributes by reflection on every call to learn its grain type; the ingest asks for
/// several references an article, so the types are learnt once here and each reference is made from
/// its id. A factory that is not Orleans' own (a test double) is asked every time.
/// </summary>
internal sealed class GrainReferences<TGrain>
    where TGrain : IGrainWithStringKey
{
    private readonly IGrainFactory _grains;
    private readonly (GrainType Grain, GrainInterfaceType Interface)? _types;

    public GrainReferences(IGrainFactory grains)
    {
        _grains = grains;
        // One reference made the usual way tells both types; no grain is called or activated.
        if (grains.GetGrain<TGrain>("-") is GrainReference sample)
        {
            _types = (sample.GrainId.Type, sample.InterfaceType);
        }
    }

    public TGrain this[string key] => _types is var (grain, @interface)
        ? (TGrain)_grains.GetGrain(GrainId.Create(grain, key), @interface)
        : _grains.GetGrain<TGrain>(key);
}
