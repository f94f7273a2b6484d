using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using System.CommandLine;
using Monitor.Grains;
using Monitor.Host;

namespace Monitor.Cli;

/// <summary>
/// <c>monitor serve</c>: the embedded default, one process with a silo, the API, the hub and the dashboard;
/// with <c>--redis</c>, one host of a cluster (a silo, or with <c>--role frontend</c> a web front end).
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "HTTP port on 127.0.0.1.", DefaultValueFactory = _ => 5080 };
        var data = new Option<string>("--data") { Description = "SQLite file for grain state and logs.", DefaultValueFactory = _ => "monitor.db" };
        var noReplay = new Option<bool>("--no-replay") { Description = "Do not replay seeds/ as a simulated feed." };
        var replay = new Option<string>("--replay") { Description = "The folder to replay as a simulated feed.", DefaultValueFactory = _ => "seeds" };
        var speed = new Option<double>("--speed") { Description = "Replay speed: 1 is an article every 3 seconds, 10 ten times as fast, 0 as fast as it goes.", DefaultValueFactory = _ => 1 };
        var redis = new Option<string>("--redis") { Description = "Cluster mode: Redis (host:port) for membership, grain state, reminders and the journal." };
        var role = new Option<HostRole>("--role") { Description = "Cluster mode: silo (runs grains) or frontend (an Orleans client).", DefaultValueFactory = _ => HostRole.Silo };
        var siloPort = new Option<int>("--silo-port") { Description = "Orleans silo-to-silo port; 0 picks a free one." };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Orleans gateway port for clients; 0 picks a free one." };
        var command = new Command("serve", "Run Monitor: dashboard, API and SignalR hub on 127.0.0.1, replaying seeds/ as a feed.")
        {
            port, data, noReplay, replay, speed, redis, role, siloPort, gatewayPort,
        };
        // Anything else on the line is configuration, as in --Webhooks:AllowedHosts:0=127.0.0.1.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (ReplaySpeed.Problem(parse.GetValue(speed)) is { } problem)
            {
                await FolderInput.FailAsync("serve", "--speed: " + problem);
                return 2;
            }
            string[] settings =
            [
                $"--Monitor:Port={parse.GetValue(port)}",
                $"--Monitor:Data={parse.GetValue(data)}",
                $"--Monitor:Replay={(parse.GetValue(noReplay) ? "" : parse.GetValue(replay))}",
                $"--Monitor:Speed={parse.GetValue(speed).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                $"--Monitor:Redis={parse.GetValue(redis)}",
                $"--Monitor:Role={parse.GetValue(role)}",
                $"--Monitor:SiloPort={parse.GetValue(siloPort)}",
                $"--Monitor:GatewayPort={parse.GetValue(gatewayPort)}",
                .. parse.UnmatchedTokens,
            ];
            WebApplication app;
            try
            {
                app = await MonitorApp.StartAsync(settings, cancellationToken: cancellationToken);
            }
            catch (SiloPortInUseException ex)
            {
                await Console.Error.WriteLineAsync($"monitor serve: {ex.Message}");
                return 2;
            }
            await using (app)
            {
                await app.WaitForShutdownAsync(cancellationToken);
            }
            return 0;
        });
        return command;
    }
}
