using Monitor.Contracts;
using Orleans.Storage;

namespace Monitor.Grains.Tests;

/// <summary>Events handed to a stream while a commit is in flight go together in the next commit.</summary>
public sealed class EventStreamTests
{
    private static readonly string Topic = "story:" + Guid.NewGuid().ToString("N");

    private static ChangeDraft Draft(params string[] topics) => new(ChangeKinds.StoryUpdated, topics, "{}");

    [Fact]
    public async Task Events_queued_behind_a_commit_share_the_next_one_and_each_caller_gets_its_own_gapless_changes()
    {
        var journal = new GatedJournal();
        var stream = new EventStream<string>(journal, "s-" + Guid.NewGuid(), new RecordingGrain());

        var first = stream.CommitAsync("e1", [Draft(Topic)]);
        await journal.FirstCommitArrived;
        var second = stream.CommitAsync("e2", [Draft(Topic)]);
        var third = stream.CommitAsync("e3", [Draft(Topic), Draft(Topic, Topics.All)]);
        journal.Open();
        await Task.WhenAll(first, second, third);

        journal.Commits.Should().Be(2);
        stream.Version.Should().Be(3);
        (await first).Select(c => c.Sequence).Should().Equal(1);
        (await second).Select(c => c.Sequence).Should().Equal(2);
        (await third).Select(c => (c.Topic, c.Sequence)).Should().Equal((Topic, 3), (Topic, 4), (Topics.All, (await third)[2].Sequence));
        (await journal.ReadChangesAsync(Topic, 0, 10)).Select(c => c.Sequence).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public async Task A_failed_commit_fails_its_callers_and_every_later_one_and_the_grain_goes_away()
    {
        var journal = new GatedJournal { Fail = true };
        var grain = new RecordingGrain();
        var name = "s-" + Guid.NewGuid();
        var stream = new EventStream<string>(journal, name, grain);

        var first = stream.CommitAsync("e1", [Draft(Topic)]);
        await journal.FirstCommitArrived;
        var queued = stream.CommitAsync("e2", [Draft(Topic)]);
        journal.Open();

        await first.Invoking(t => t).Should().ThrowAsync<InconsistentStateException>();
        await queued.Invoking(t => t).Should().ThrowAsync<InconsistentStateException>();
        await stream.Invoking(s => s.CommitAsync("e3", [])).Should().ThrowAsync<InconsistentStateException>();
        await stream.Invoking(s => s.WhenDurable).Should().ThrowAsync<InconsistentStateException>();
        grain.Deactivated.Should().BeTrue();
        (await journal.ReadStreamAsync(name)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_retry_answered_from_memory_waits_until_the_first_call_is_durable()
    {
        var journal = new GatedJournal();
        var stream = new EventStream<string>(journal, "s-" + Guid.NewGuid(), new RecordingGrain());

        var first = stream.CommitAsync("e1", [Draft(Topic)]);
        await journal.FirstCommitArrived;
        var durable = stream.WhenDurable;

        durable.IsCompleted.Should().BeFalse();
        journal.Open();
        await durable;
        first.IsCompletedSuccessfully.Should().BeTrue();
    }
}
