using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Monitor.Host.Tests;

/// <summary>What a silo does when a port it means to bind is already held by another process.</summary>
public sealed class SiloPortTests : IDisposable
{
    private readonly TcpListener _holder = new(IPAddress.Loopback, 0);

    public SiloPortTests() => _holder.Start();

    private int Held => ((IPEndPoint)_holder.LocalEndpoint).Port;

    [Fact]
    public async Task A_silo_whose_picked_port_was_taken_before_it_bound_starts_on_new_ports()
    {
        var builds = 0;

        using var host = await SiloStartup.StartAsync(() => Silo(++builds == 1 ? Held : FreePort.Pick()));

        builds.Should().Be(2);
        host.Services.GetRequiredService<SiloPorts>().Silo.Should().NotBe(Held);
    }

    [Fact]
    public async Task A_host_given_a_silo_port_in_use_fails_saying_so_without_trying_others()
    {
        var builds = 0;

        var start = () => RunningHost.StartAsync([$"--Monitor:SiloPort={Held}"], builder => { builds++; Quiet(builder.Logging); });

        (await start.Should().ThrowAsync<SiloPortInUseException>()).Which.Message.Should().Contain(Held.ToString());
        builds.Should().Be(1);
    }

    [Fact]
    public async Task A_host_whose_http_port_is_in_use_is_not_retried_on_new_silo_ports()
    {
        var builds = 0;

        var start = () => RunningHost.StartAsync([], builder => { builds++; Quiet(builder.Logging); }, port: Held);

        (await start.Should().ThrowAsync<Exception>()).Which.Should().NotBeOfType<SiloPortInUseException>();
        builds.Should().Be(1);
    }

    public void Dispose() => _holder.Dispose();

    /// <summary>A bare silo on <paramref name="port"/> whose ports count as picked, as the snapshot command's are.</summary>
    private static IHost Silo(int port)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        Quiet(builder.Logging);
        var ports = new SiloPorts(port, FreePort.Pick(), Picked: true);
        builder.Services.AddSingleton(ports);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(ports.Silo, ports.Gateway, serviceId: "ports", clusterId: "ports-" + Guid.NewGuid().ToString("N")));
        return builder.Build();
    }

    /// <summary>The failures these tests cause on purpose are expected; they need not fill the test log.</summary>
    private static void Quiet(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Critical);
}
