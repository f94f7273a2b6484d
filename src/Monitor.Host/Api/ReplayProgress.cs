namespace Monitor.Host;

/// <summary>
/// How one replay started through <c>POST /api/replay</c> is going. Refused counts the files that are not articles
/// (read from the folder) and the articles the ingest refused; <c>refusals</c> says which and why.
/// </summary>
public sealed record ReplayProgress(
    string Id, string Folder, int Total, int Done, int Accepted, int Duplicates, DateTimeOffset Started, bool Finished, string? Error,
    int Refused, IReadOnlyList<string> Refusals);
