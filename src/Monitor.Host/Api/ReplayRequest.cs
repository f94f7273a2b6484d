namespace Monitor.Host;

/// <summary>
/// A folder on the host's disk to replay: <c>*.txt</c> articles with an optional <c>manifest.json</c>.
/// Speed 1 posts an article every replay interval (3 s), 10 ten times as often; none or 0 as fast as it goes.
/// </summary>
public sealed record ReplayRequest(string? Folder, double? Speed, int? Shuffle);
