using System.Text.Json;

namespace Monitor.Cli.Tests;

public sealed class SnapshotCommandTests
{
    [Fact]
    public async Task The_snapshot_of_the_seeds_holds_all_five_articles_and_follows_the_contract()
    {
        var (exit, output, error) = await MonitorProcess.RunAsync("snapshot", Repository.Seeds);

        exit.Should().Be(0, error);
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

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);
}
