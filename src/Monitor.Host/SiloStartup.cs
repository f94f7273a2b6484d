using Microsoft.AspNetCore.Connections;

namespace Monitor.Host;

/// <summary>
/// Starts a host that runs a silo on <see cref="SiloPorts"/>. A port found free can be taken by another
/// process before the silo binds it, so when picked ports turn out taken the host is built again on new
/// ones; ports the operator named are never swapped, and their being taken is said plainly.
/// </summary>
public static class SiloStartup
{
    public const int Attempts = 3;

    public static async Task<T> StartAsync<T>(Func<T> build, CancellationToken cancellationToken = default) where T : IHost
    {
        for (var attempt = 1; ; attempt++)
        {
            var host = build();
            try
            {
                await host.StartAsync(cancellationToken);
                return host;
            }
            catch (Exception ex) when (IsSiloAddressInUse(ex) && host.Services.GetService<SiloPorts>() is { } ports)
            {
                await DisposeAsync(host);
                if (!ports.Picked)
                {
                    throw new SiloPortInUseException(ports, ex);
                }
                if (attempt == Attempts)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>
    /// A taken silo or gateway port fails in Orleans' own listener; a taken HTTP port fails in Kestrel,
    /// where new silo ports would not help.
    /// </summary>
    private static bool IsSiloAddressInUse(Exception ex) =>
        Chain(ex).Any(e => e is AddressInUseException && e.Source?.StartsWith("Orleans", StringComparison.Ordinal) == true);

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        yield return ex;
        var inner = ex is AggregateException aggregate ? aggregate.InnerExceptions : (ex.InnerException is { } one ? [one] : []);
        foreach (var nested in inner.SelectMany(Chain))
        {
            yield return nested;
        }
    }

    private static async ValueTask DisposeAsync(IHost host)
    {
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}
