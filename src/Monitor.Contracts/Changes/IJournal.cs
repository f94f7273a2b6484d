namespace Monitor.Contracts;

/// <summary>
/// The durable log under the grains: an append-only event stream per grain, and the change log per
/// topic. A commit writes a grain's events and the changes they cause in one atomic step, so a crash
/// can never keep one without the other.
/// </summary>
public interface IJournal
{
    /// <summary>The events of a stream, oldest first.</summary>
    Task<IReadOnlyList<string>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends events after <paramref name="expectedVersion"/> (the number of events the caller has seen)
    /// and numbers each change in each of its topics; the result lists them in the order of the drafts
    /// and, within a draft, of its topics. Throws <see cref="Orleans.Storage.InconsistentStateException"/>
    /// when the stream has moved on.
    /// </summary>
    Task<IReadOnlyList<Change>> CommitAsync(
        string stream,
        long expectedVersion,
        IReadOnlyList<string> events,
        IReadOnlyList<ChangeDraft> changes,
        CancellationToken cancellationToken = default);

    /// <summary>The sequence number of a topic's last change; 0 when it has none.</summary>
    Task<long> TopicHeadAsync(string topic, CancellationToken cancellationToken = default);

    /// <summary>The changes of a topic after a sequence number, oldest first.</summary>
    Task<IReadOnlyList<Change>> ReadChangesAsync(string topic, long after, int limit, CancellationToken cancellationToken = default);
}
