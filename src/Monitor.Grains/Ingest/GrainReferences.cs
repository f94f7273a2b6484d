namespace Monitor.Grains;

/// <summary>
/// References to one interface of string-keyed grains. Orleans' <c>GetGrain&lt;T&gt;(key)</c> reads the
/// interface's attributes by reflection on every call to learn its grain type; the ingest asks for
/// several references an article, so the types are learnt once here and each reference is made from
/// its id. A factory that is not Orleans' own (a test double) is asked every time. The types are learnt at the
/// first reference, not when this is made: a front end's client knows the grain types only once it has
/// reached a silo, and its services are made before that.
/// </summary>
internal sealed class GrainReferences<TGrain>(IGrainFactory grains)
    where TGrain : IGrainWithStringKey
{
    private (GrainType Grain, GrainInterfaceType Interface)? _types;
    private bool _learnt;

    public TGrain this[string key]
    {
        get
        {
            if (!_learnt)
            {
                // One reference made the usual way tells both types; no grain is called or activated. Two
                // threads may both learn them, and learn the same.
                if (grains.GetGrain<TGrain>(key) is GrainReference sample)
                {
                    _types = (sample.GrainId.Type, sample.InterfaceType);
                }
                _learnt = true;
                return grains.GetGrain<TGrain>(key);
            }
            return _types is var (grain, @interface)
                ? (TGrain)grains.GetGrain(GrainId.Create(grain, key), @interface)
                : grains.GetGrain<TGrain>(key);
        }
    }
}
