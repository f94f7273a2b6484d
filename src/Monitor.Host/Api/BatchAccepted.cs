using Monitor.Grains;

namespace Monitor.Host;

/// <summary>The answer to an NDJSON batch: what became of each line, in order.</summary>
public sealed record BatchAccepted(IReadOnlyList<IngestResult> Articles);
