using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Grains;

namespace Monitor.Cli;

/// <summary><c>monitor snapshot FOLDER [--shuffle SEED]</c>: replay a folder through the real grains and print the snapshot.</summary>
internal static class SnapshotCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A folder of *.txt articles, with an optional manifest.json." };
        var shuffle = new Option<int?>("--shuffle") { Description = "Replay in a random order drawn from this seed." };
        var command = new Command("snapshot", "Replay a folder through an in-process silo and print the snapshot document (JSON) on standard output.")
        {
            folder,
            shuffle,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(folder)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"monitor snapshot: no folder '{path.FullName}'.");
                return 2;
            }
            var articles = ArticleFolder.Read(path.FullName, parse.GetValue(shuffle));
            using var host = await EmbeddedSilo.StartAsync(cancellationToken);
            var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
            foreach (var article in articles)
            {
                await ingestor.IngestAsync(article);
            }
            var snapshot = await host.Services.GetRequiredService<SnapshotReader>().ReadAsync();
            var options = new JsonSerializerOptions(MonitorJson.Options) { WriteIndented = true };
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(snapshot, options));
            await host.StopAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
