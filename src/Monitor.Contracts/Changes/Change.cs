namespace Monitor.Contracts;

/// <summary>
/// One change of one topic (<c>all</c>, <c>story:{id}</c>, <c>entity:{id}</c>, <c>source:{id}</c>),
/// numbered in that topic and stored before it is pushed. <see cref="Payload"/> is JSON.
/// </summary>
[GenerateSerializer, Immutable, Alias("Monitor.Change")]
public sealed record Change(string Topic, long Sequence, string Kind, DateTimeOffset At, string Payload);

/// <summary>A change before the log numbers it: the same payload goes to each of its topics.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.ChangeDraft")]
public sealed record ChangeDraft(string Kind, IReadOnlyList<string> Topics, string Payload);
