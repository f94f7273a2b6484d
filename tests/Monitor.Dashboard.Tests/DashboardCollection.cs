namespace Monitor.Dashboard.Tests;

/// <summary>All dashboard tests share one host and one browser: starting either is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<MonitorHostFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "dashboard";
}
