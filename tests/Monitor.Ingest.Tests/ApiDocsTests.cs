using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Monitor.Tests;

namespace Monitor.Ingest.Tests;

/// <summary>
/// Runs every curl example of docs/api.md, as written, against a real host with the embedded defaults and checks
/// the status the page states under it (a <c># NNN</c> line). Only the host's address and the seeds' path differ.
/// </summary>
public sealed partial class ApiDocsTests(LoopbackHost host) : IClassFixture<LoopbackHost>
{
    private const string DocumentedHost = "http://127.0.0.1:5080";

    [Fact]
    public async Task Every_example_of_the_api_page_answers_the_status_it_states()
    {
        var examples = Examples(File.ReadAllText(Path.Combine(Repository.Root, "docs", "api.md"))).ToList();
        examples.Should().HaveCountGreaterThan(20);

        foreach (var (command, status) in examples)
        {
            var runnable = command
                .Replace(DocumentedHost, host.Http.BaseAddress!.ToString().TrimEnd('/'), StringComparison.Ordinal)
                .Replace("\"folder\":\"seeds\"", "\"folder\":" + JsonSerializer.Serialize(Repository.Seeds), StringComparison.Ordinal);

            (await StatusOfAsync(runnable)).Should().Be(status, command);
        }
    }

    /// <summary>The commands of the page's sh blocks (continuation lines joined), each with the status on the line after it.</summary>
    private static IEnumerable<(string Command, string Status)> Examples(string page)
    {
        foreach (Match block in ShBlock().Matches(page))
        {
            var command = "";
            foreach (var line in block.Groups[1].Value.Split('\n'))
            {
                if (StatusLine().Match(line) is { Success: true } status)
                {
                    yield return (command.Trim(), status.Groups[1].Value);
                    command = "";
                }
                else
                {
                    command += line.TrimEnd().TrimEnd('\\') + " ";
                }
            }
        }
    }

    private static async Task<string> StatusOfAsync(string command)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command + " -o /dev/null -w '%{http_code}'");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Trim();
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShBlock();

    [GeneratedRegex(@"^# (\d{3})$")]
    private static partial Regex StatusLine();
}
