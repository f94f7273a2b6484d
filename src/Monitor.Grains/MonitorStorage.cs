namespace Monitor.Grains;

public static class MonitorStorage
{
    /// <summary>The grain storage provider every Monitor grain with Orleans-managed state uses.</summary>
    public const string Name = "monitor";
}
