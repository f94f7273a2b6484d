using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Monitor.Webhooks;

/// <summary>
/// The SSRF guard. It checks the addresses a host name resolves to at connect time, not when the
/// subscription is made, because a name can resolve elsewhere later (DNS rebinding); and it connects to
/// exactly the addresses it checked.
/// </summary>
public sealed class WebhookAddressGuard(IOptions<WebhookOptions> options)
{
    private readonly HashSet<string> _allowed = new(options.Value.AllowedHosts.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);

    /// <summary>Why a subscription URL cannot be used, or null. Host names are checked again on every connect.</summary>
    public string? CheckUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "The url is not an absolute http or https URL.";
        }
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The url carries a user name or password; put credentials in the signature secret instead.";
        }
        return IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) ? Refusal(uri.IdnHost, address) : null;
    }

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new WebhookAddressRefusedException($"{host} resolves to no address.");
        }
        foreach (var address in addresses)
        {
            if (Refusal(host, address) is { } refusal)
            {
                throw new WebhookAddressRefusedException(refusal);
            }
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private string? Refusal(string host, IPAddress address)
    {
        if (_allowed.Contains(host) || _allowed.Contains(address.ToString()))
        {
            return null;
        }
        return BlockedAddresses.Reason(address) is { } reason
            ? $"Refused to deliver to {host} ({address}): it is a {reason} address. Webhooks:AllowedHosts can allow it for tests and local development."
            : null;
    }
}
