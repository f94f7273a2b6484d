using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Grains;

namespace Monitor.Cli;

/// <summary>
/// <c>monitor snapshot FOLDER [--shuffle SEED]</c>: replay a folder through the real grains and print the snapshot.
/// Files that are not articles are named on standard error and make the exit code 1; a folder that cannot be read is 2.
/// </summary>
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
            if (await FolderInput.LoadAsync("snapshot", parse.GetValue(folder)!, parse.GetValue(shuffle)) is not { } read)
            {
                return 2;
            }
            using var host = await EmbeddedSilo.StartAsync(cancellationToken);
            var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
            var refused = read.Refused.Count;
            foreach (var article in read.Articles)
            {
                if (await ingestor.IngestAsync(article) is { Outcome: IngestOutcome.Refused } result)
                {
                    await Console.Error.WriteLineAsync($"refused {article.Id}: {result.Reason}");
                    refused++;
                }
            }
            var snapshot = await host.Services.GetRequiredService<SnapshotReader>().ReadAsync();
            var options = new JsonSerializerOptions(MonitorJson.Options) { WriteIndented = true };
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(snapshot, options));
            await host.StopAsync(cancellationToken);
            // The snapshot is printed either way; a refused file makes the exit code say so, as replay's does.
            return refused > 0 ? 1 : 0;
        });
        return command;
    }
}
