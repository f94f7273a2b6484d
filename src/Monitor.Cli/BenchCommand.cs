using System.CommandLine;
using System.Text.Json;
using Monitor.Cli.Bench;
using Spectre.Console;

namespace Monitor.Cli;

/// <summary><c>monitor bench [--json] [--quick] [--clients N]</c>: measures the embedded host on this machine; run it from the repository root.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var quick = new Option<bool>("--quick") { Description = "A tiny run (seconds) that checks the bench works; its figures mean little." };
        var clients = new Option<int>("--clients")
        {
            Description = "HTTP clients posting batches at once in the throughput part.",
            DefaultValueFactory = _ => BenchRun.DefaultClients,
        };
        clients.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 256)
            {
                result.AddError("--clients must be between 1 and 256.");
            }
        });
        var command = new Command("bench", "Measure throughput, push latency, story update scaling, grain call rate and memory per story.") { json, quick, clients };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var asJson = parse.GetValue(json);
            var report = await BenchRun.RunAsync(parse.GetValue(quick), parse.GetValue(clients), message =>
            {
                if (!asJson)
                {
                    AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
                }
                else
                {
                    Console.Error.WriteLine(message);
                }
            });
            if (asJson)
            {
                Console.WriteLine(JsonSerializer.Serialize(report));
                return 0;
            }
            var table = new Table().AddColumn("measure").AddColumn("value");
            foreach (var property in JsonSerializer.SerializeToElement(report).EnumerateObject())
            {
                table.AddRow(Markup.Escape(property.Name), Markup.Escape(property.Value.ToString()));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
