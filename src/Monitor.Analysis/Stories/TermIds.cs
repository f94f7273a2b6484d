using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>Numbers for signature terms or entity keys, handed out as each is first seen, so comparing signatures compares integers, not strings.</summary>
internal sealed class TermIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Of(string term)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, term, out var known);
        if (!known)
        {
            id = _ids.Count - 1;
        }
        return id;
    }
}
