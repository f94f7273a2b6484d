namespace Monitor.Host;

/// <summary>What a host is in cluster mode. Both serve the API, the hub and the dashboard.</summary>
public enum HostRole
{
    /// <summary>Runs grains, and joins the cluster's membership.</summary>
    Silo,

    /// <summary>Runs no grains: an Orleans client that reaches the silos through their gateways.</summary>
    Frontend,
}
