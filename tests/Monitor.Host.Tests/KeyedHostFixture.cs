namespace Monitor.Host.Tests;

/// <summary>The host with an API key configured.</summary>
public sealed class KeyedHostFixture() : HostFixture([$"--Api:Keys:0={Key}"])
{
    public const string Key = "telemetry-test-key";
}
