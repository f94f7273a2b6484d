namespace Monitor.Host;

/// <summary>How one replay started through <c>POST /api/replay</c> is going.</summary>
public sealed record ReplayProgress(string Id, string Folder, int Total, int Done, int Accepted, int Duplicates, DateTimeOffset Started, bool Finished, string? Error);
