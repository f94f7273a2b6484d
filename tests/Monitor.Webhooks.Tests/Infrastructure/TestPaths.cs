using System.Reflection;

namespace Monitor.Webhooks.Tests;

internal static class TestPaths
{
    public static string Verifier => Metadata("VerifierDirectory");

    public static string Seeds => Path.GetFullPath(Metadata("SeedsDirectory"));

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
