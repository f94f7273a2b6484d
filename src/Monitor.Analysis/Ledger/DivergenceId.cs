namespace Monitor.Analysis;

/// <summary>A divergence is named by its slot, so the same input gives the same id in any order.</summary>
public static class DivergenceId
{
    public static string For(string slot) => StableId.Of("d-", slot);
}
