using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Monitor.Contracts;
using Orleans.Storage;

namespace Monitor.Storage.Sqlite.Tests;

public sealed class SqliteJournalTests
{
    private static readonly DateTimeOffset Start = new(2025, 7, 18, 12, 0, 0, TimeSpan.Zero);

    private static ChangeDraft Draft(string kind, string payload, params string[] topics) => new(kind, topics, payload);

    [Fact]
    public async Task A_commit_appends_events_and_numbers_each_change_in_each_topic()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, new FakeTimeProvider(Start));

        var first = await journal.CommitAsync("story/a", 0, ["e1", "e2"], [Draft(ChangeKinds.StoryOpened, "{\"id\":\"a\"}", Topics.All, Topics.Story("a"))]);
        var second = await journal.CommitAsync("story/a", 2, ["e3"], [Draft(ChangeKinds.StoryUpdated, "{}", Topics.All)]);

        (await journal.ReadStreamAsync("story/a")).Should().Equal("e1", "e2", "e3");
        first.Should().Equal(
            new Change(Topics.All, 1, ChangeKinds.StoryOpened, Start, "{\"id\":\"a\"}"),
            new Change(Topics.Story("a"), 1, ChangeKinds.StoryOpened, Start, "{\"id\":\"a\"}"));
        second.Should().Equal(new Change(Topics.All, 2, ChangeKinds.StoryUpdated, Start, "{}"));
        (await journal.ReadChangesAsync(Topics.All, 0, 10)).Should().Equal([.. first.Take(1), .. second]);
    }

    [Fact]
    public async Task Reading_changes_pages_oldest_first_after_a_sequence()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);
        for (var i = 0; i < 5; i++)
        {
            await journal.CommitAsync("s", i, [$"e{i}"], [Draft(ChangeKinds.StoryUpdated, $"p{i}", Topics.All)]);
        }

        var page = await journal.ReadChangesAsync(Topics.All, after: 1, limit: 2);

        page.Select(c => (c.Sequence, c.Payload)).Should().Equal((2, "p1"), (3, "p2"));
        (await journal.ReadChangesAsync("story:none", 0, 10)).Should().BeEmpty();
        (await journal.ReadStreamAsync("none")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_topic_s_head_is_its_last_sequence_and_zero_before_any_change()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);
        (await journal.TopicHeadAsync(Topics.All)).Should().Be(0);

        await journal.CommitAsync("s", 0, ["e0"], [Draft(ChangeKinds.StoryUpdated, "p0", Topics.All, Topics.Story("a"))]);
        await journal.CommitAsync("s", 1, ["e1"], [Draft(ChangeKinds.StoryUpdated, "p1", Topics.All)]);

        (await journal.TopicHeadAsync(Topics.All)).Should().Be(2);
        (await journal.TopicHeadAsync(Topics.Story("a"))).Should().Be(1);
    }

    [Fact]
    public async Task A_commit_on_a_stream_that_moved_on_is_a_conflict_and_stores_nothing()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);
        await journal.CommitAsync("story/a", 0, ["e1"], [Draft(ChangeKinds.StoryOpened, "p1", Topics.All)]);

        var stale = () => journal.CommitAsync("story/a", 0, ["late"], [Draft(ChangeKinds.StoryUpdated, "late", Topics.All, Topics.Story("a"))]);

        await stale.Should().ThrowAsync<InconsistentStateException>();
        (await journal.ReadStreamAsync("story/a")).Should().Equal("e1");
        (await journal.ReadChangesAsync(Topics.All, 0, 10)).Select(c => c.Payload).Should().Equal("p1");
        (await journal.ReadChangesAsync(Topics.Story("a"), 0, 10)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_commit_ahead_of_the_stream_is_a_conflict_too()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);

        var ahead = () => journal.CommitAsync("story/b", 3, ["e"], []);

        await ahead.Should().ThrowAsync<InconsistentStateException>();
        (await journal.ReadStreamAsync("story/b")).Should().BeEmpty();
    }

    [Fact]
    public async Task Of_two_racing_commits_on_one_version_exactly_one_wins()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);

        var racers = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => journal.CommitAsync("story/race", 0, [$"e{i}"], [Draft(ChangeKinds.StoryOpened, $"p{i}", Topics.All)])))
            .ToArray();
        var outcomes = await Task.WhenAll(racers.Select(async r => { try { await r; return true; } catch (InconsistentStateException) { return false; } }));

        outcomes.Count(won => won).Should().Be(1);
        (await journal.ReadStreamAsync("story/race")).Should().HaveCount(1);
        (await journal.ReadChangesAsync(Topics.All, 0, 100)).Should().ContainSingle();
    }

    [Fact]
    public async Task Concurrent_commits_from_many_tasks_give_each_topic_gap_free_increasing_sequences()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);
        const int Streams = 40, CommitsPerStream = 25;

        var writers = Enumerable.Range(0, Streams).Select(s => Task.Run(async () =>
        {
            var stored = new List<Change>();
            for (var v = 0; v < CommitsPerStream; v++)
            {
                var topics = new[] { Topics.All, Topics.Story($"{s % 4}"), Topics.Source($"{s}") };
                stored.AddRange(await journal.CommitAsync($"stream/{s}", v, [$"{s}:{v}"], [Draft(ChangeKinds.StoryUpdated, $"{s}:{v}", topics)]));
            }
            return stored;
        }));
        var stored = (await Task.WhenAll(writers)).SelectMany(c => c).ToList();

        foreach (var topic in stored.GroupBy(c => c.Topic))
        {
            var numbered = topic.OrderBy(c => c.Sequence).ToList();
            numbered.Select(c => c.Sequence).Should().Equal(Enumerable.Range(1, numbered.Count).Select(i => (long)i), topic.Key);
            (await journal.ReadChangesAsync(topic.Key, 0, int.MaxValue)).Should().Equal(numbered, topic.Key);
        }
        stored.Count(c => c.Topic == Topics.All).Should().Be(Streams * CommitsPerStream);
        (await journal.ReadStreamAsync("stream/7")).Should().Equal(Enumerable.Range(0, CommitsPerStream).Select(v => $"7:{v}"));
    }

    [Fact]
    public async Task Events_and_changes_survive_reopening_the_file()
    {
        await using var file = new TempDatabase();
        var time = new FakeTimeProvider(Start);
        await using (var database = file.Open())
        {
            var journal = new SqliteJournal(database, time);
            await journal.CommitAsync("entity/rubio", 0, ["alias"], [Draft(ChangeKinds.EntityUpdated, "p1", Topics.All, Topics.Entity("rubio"))]);
        }

        await using var reopened = file.Open();
        var again = new SqliteJournal(reopened, time);
        time.Advance(TimeSpan.FromMinutes(5));
        var next = await again.CommitAsync("entity/rubio", 1, ["title"], [Draft(ChangeKinds.EntityUpdated, "p2", Topics.Entity("rubio"))]);

        (await again.ReadStreamAsync("entity/rubio")).Should().Equal("alias", "title");
        (await again.ReadChangesAsync(Topics.All, 0, 10)).Should().Equal(new Change(Topics.All, 1, ChangeKinds.EntityUpdated, Start, "p1"));
        next.Should().Equal(new Change(Topics.Entity("rubio"), 2, ChangeKinds.EntityUpdated, Start.AddMinutes(5), "p2"));
    }

    [Fact]
    public async Task A_commit_inserts_rows_and_never_rewrites_the_stream()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);
        for (var v = 0; v < 50; v++)
        {
            await journal.CommitAsync("story/long", v, [$"e{v}"], []);
        }
        var rowids = await EventRowIds(file.Path);

        await journal.CommitAsync("story/long", 50, ["e50"], []);

        var after = await EventRowIds(file.Path);
        after.Take(50).Should().Equal(rowids, "earlier events keep their rows");
        after.Should().HaveCount(51);
    }

    [Fact]
    public async Task A_change_in_three_topics_stores_its_payload_once_and_reads_back_in_each()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, new FakeTimeProvider(Start));
        // Text binds as UTF-16 and is stored as UTF-8: accents, curly quotes and a surrogate pair round-trip.
        var payload = "{\"quote\":\"Raúl said “no” 🙂\"}" + new string('x', 2_000);

        var stored = await journal.CommitAsync("story/a", 0, ["é “event” 🙂"], [Draft(ChangeKinds.StoryUpdated, payload, Topics.Story("a"), Topics.All, Topics.Source("herald"))]);

        foreach (var change in stored)
        {
            (await journal.ReadChangesAsync(change.Topic, 0, 10)).Should().Equal(change);
            (await journal.TopicHeadAsync(change.Topic)).Should().Be(1);
        }
        (await journal.ReadStreamAsync("story/a")).Should().Equal("é “event” 🙂");
        (await FileSql.Scalar(file.Path, "SELECT count(*) FROM changes")).Should().Be(1);
        (await FileSql.Scalar(file.Path, "SELECT count(*) FROM change_links")).Should().Be(2);
    }

    [Fact]
    public async Task A_topic_holding_whole_rows_from_before_links_and_links_after_reads_as_one_sequence()
    {
        await using var file = new TempDatabase();
        await using (var database = file.Open())
        {
            var journal = new SqliteJournal(database, new FakeTimeProvider(Start));
            await journal.CommitAsync("story/a", 0, ["e1"], [Draft(ChangeKinds.StoryOpened, "p1", Topics.Story("a"))]);
        }
        // A file written before links kept a whole row per topic: add one to "all" as it did.
        await FileSql.Execute(file.Path, $"INSERT INTO changes (topic, seq, kind, at, payload) VALUES ('{Topics.All}', 1, '{ChangeKinds.StoryOpened}', {Start.UtcTicks}, 'p1')");

        await using var reopened = file.Open();
        var again = new SqliteJournal(reopened, new FakeTimeProvider(Start));
        await again.CommitAsync("story/a", 1, ["e2"], [Draft(ChangeKinds.StoryUpdated, "p2", Topics.Story("a"), Topics.All)]);

        (await again.ReadChangesAsync(Topics.All, 0, 10)).Select(c => (c.Sequence, c.Payload)).Should().Equal((1, "p1"), (2, "p2"));
        (await again.ReadChangesAsync(Topics.All, 1, 10)).Select(c => c.Payload).Should().Equal("p2");
        (await again.ReadChangesAsync(Topics.All, 0, 1)).Select(c => c.Payload).Should().Equal("p1");
        (await again.TopicHeadAsync(Topics.All)).Should().Be(2);
    }

    private static Task<List<long>> EventRowIds(string path) => FileSql.Rows(path, "SELECT rowid FROM events ORDER BY version", r => r.GetInt64(0));
}
