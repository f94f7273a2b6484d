using System.Text.Json;

namespace Monitor.Cli.Tests;

public sealed class SnapshotCommandTests
{
    [Fact]
    public async Task The_snapshot_of_the_seeds_holds_all_five_articles_and_follows_the_contract()
    {
        var (exit, output, error) = await MonitorProcess.RunAsync("snapshot", Repository.Seeds);

        exit.Should().Be(0, error);
        error.Should().NotContain("fail:", "a snapshot that went well logs no error, at shutdown neither").And.NotContain("   at ");
        using var snapshot = JsonDocument.Parse(output);
        var root = snapshot.RootElement;
        var seedIds = Directory.GetFiles(Repository.Seeds, "*.txt").Select(Path.GetFileNameWithoutExtension).ToList();
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        stories.SelectMany(s => Strings(s, "articles")).Should().BeEquivalentTo(seedIds, "every article is in exactly one story");
        foreach (var story in stories)
        {
            story.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
            story.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
            Strings(story, "sources").Should().NotBeEmpty();
            story.GetProperty("consensus").ValueKind.Should().Be(JsonValueKind.Array);
            foreach (var divergence in story.GetProperty("divergences").EnumerateArray())
            {
                var sides = divergence.GetProperty("sides").EnumerateArray().ToList();
                sides.Should().HaveCountGreaterThanOrEqualTo(2);
                sides.Select(s => s.GetProperty("value").GetString()).Should().OnlyHaveUniqueItems();
                divergence.GetProperty("kind").GetString().Should().BeOneOf("quantity", "attribution", "party", "name", "title", "statement", "other");
            }
        }
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            entity.GetProperty("kind").GetString().Should().BeOneOf("person", "organization", "place", "group", "other");
            Strings(entity, "articles").Should().BeSubsetOf(seedIds);
        }
        root.GetProperty("sources").EnumerateArray().SelectMany(s => Strings(s, "articles")).Should().BeEquivalentTo(seedIds);
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var (exit, _, error) = await MonitorProcess.RunAsync("snapshot", Path.Combine(Repository.Root, "no-such-folder"));

        exit.Should().NotBe(0);
        error.Should().Contain("no-such-folder");
    }

    [Fact]
    public async Task A_folder_with_files_that_are_not_articles_names_them_and_exits_1_with_the_others_in_the_snapshot()
    {
        using var folder = new MixedFolder();

        var (exit, output, error) = await MonitorProcess.RunAsync("snapshot", folder.Path);

        exit.Should().Be(1, error);
        RefusedFiles(error).Should().BeEquivalentTo(MixedFolder.Refused);
        var snapshot = JsonDocument.Parse(output).RootElement;
        snapshot.GetProperty("stories").EnumerateArray().SelectMany(s => Strings(s, "articles")).Should().BeEquivalentTo(MixedFolder.Accepted);
    }

    [Fact]
    public async Task A_broken_manifest_is_one_line_and_exit_2_without_a_stack_trace()
    {
        var broken = MixedFolder.Broken();

        var (exit, _, error) = await MonitorProcess.RunAsync("snapshot", broken);

        exit.Should().Be(2);
        error.Trim().Should().StartWith("monitor snapshot:").And.Contain("manifest").And.NotContain("\n").And.NotContain("   at ");
        Directory.Delete(broken, recursive: true);
    }

    /// <summary>The files named on standard error as refused.</summary>
    internal static IEnumerable<string> RefusedFiles(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("refused ", StringComparison.Ordinal)).Select(l => l[8..].Split(':')[0]);

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);
}
