namespace Monitor.Tests;

internal static class Repository
{
    /// <summary>The repository's root: the folder above the test's output that holds Monitor.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The seed articles the snapshot, the replay and the restart tests read.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Monitor.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Monitor.sln not found above " + AppContext.BaseDirectory);
    }
}
