namespace Monitor.Contracts;

public static class Topics
{
    public const string All = "all";

    public static string Story(string id) => "story:" + id;

    public static string Entity(string id) => "entity:" + id;

    public static string Source(string id) => "source:" + id;

    public static bool IsValid(string topic) =>
        topic == All ||
        (topic.Length <= 300 &&
         (topic.StartsWith("story:", StringComparison.Ordinal) ||
          topic.StartsWith("entity:", StringComparison.Ordinal) ||
          topic.StartsWith("source:", StringComparison.Ordinal)));
}
