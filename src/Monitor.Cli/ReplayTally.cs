using Monitor.Grains;

namespace Monitor.Cli;

/// <summary>What became of a replay's articles, and a line for each one refused.</summary>
internal sealed class ReplayTally
{
    public int Accepted { get; private set; }

    public int Duplicates { get; private set; }

    public int Refused { get; set; }

    public List<string> Refusals { get; } = [];

    public void AddAll(IEnumerable<IngestResult> results)
    {
        foreach (var result in results)
        {
            Add(result);
        }
    }

    public void Add(IngestResult result)
    {
        switch (result.Outcome)
        {
            case IngestOutcome.Accepted:
                Accepted++;
                break;
            case IngestOutcome.Duplicate:
                Duplicates++;
                break;
            default:
                Refused++;
                Refusals.Add($"refused {result.ArticleId}: {result.Reason}");
                break;
        }
    }
}
