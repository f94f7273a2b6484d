using System.Diagnostics;
using System.Text.Json;

namespace Monitor.Webhooks.Tests;

/// <summary>Checks signatures with the specification's reference verifier (npm standardwebhooks), run by node.</summary>
internal static class NodeVerifier
{
    private static readonly SemaphoreSlim Install = new(1, 1);

    public sealed record Verdict(string Id, bool Ok, string? Error);

    public static async Task<IReadOnlyList<Verdict>> VerifyAsync(string secret, IEnumerable<ReceivedWebhook> webhooks)
    {
        await EnsureInstalledAsync();
        var input = JsonSerializer.Serialize(webhooks.Select(w => new { secret, id = w.Id, timestamp = w.Timestamp, signature = w.Signature, body = w.Body }));
        var (exit, output, error) = await RunAsync("node", "verify.js", input);
        exit.Should().Be(0, error);
        return JsonSerializer.Deserialize<List<Verdict>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static async Task EnsureInstalledAsync()
    {
        await Install.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(TestPaths.Verifier, "node_modules", "standardwebhooks")))
            {
                var (exit, _, error) = await RunAsync("npm", "install --no-audit --no-fund --loglevel=error", "");
                exit.Should().Be(0, "npm install of the verifier failed: " + error);
            }
        }
        finally
        {
            Install.Release();
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string file, string arguments, string input)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = TestPaths.Verifier,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
