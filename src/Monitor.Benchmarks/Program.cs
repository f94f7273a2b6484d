using BenchmarkDotNet.Running;
using Monitor.Benchmarks;

// dotnet run -c Release --project src/Monitor.Benchmarks -- --filter '*'   (run from the repository root: the corpus is seeds/)
// dotnet run -c Release --project src/Monitor.Benchmarks -- dump FOLDER...  (all analyzer output as JSON, to compare builds)
// dotnet run -c Release --project src/Monitor.Benchmarks -- stories GOLD FOLDER [Setting=value...]  (story B-cubed F1 dated and not, in order and two shuffles)
// dotnet run -c Release --project src/Monitor.Benchmarks -- month [ARTICLES_PER_DAY]  (five weeks of simulated dated news: heap and live stories each week)
// dotnet run -c Release --project src/Monitor.Benchmarks -- time FOLDER...  (articles/s on one thread)
// dotnet run -c Release --project src/Monitor.Benchmarks -- index ARTICLES STORIES FOLDER...  (the story index alone on a bench-like stream: CPU a decision, digest of the decisions)
// dotnet run -c Release --project src/Monitor.Benchmarks -- catalog [STORIES] [QUERIES]  (story list query p50/p99, 10,000 stories by default)
switch (args)
{
    case ["dump", .. var folders]:
        AnalysisDump.Write(folders, Console.Out);
        break;
    case ["stories", var gold, var folder, .. var settings]:
        StoryScores.Run(gold, folder, settings, Console.Out);
        break;
    case ["month", .. var rest]:
        MonthOfNews.Run(rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000, Console.Out);
        break;
    case ["index", var count, var stories, .. var folders]:
        IndexReplay.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), int.Parse(stories, System.Globalization.CultureInfo.InvariantCulture), folders, Console.Out);
        break;
    case ["time", .. var folders]:
        AnalysisTiming.Run(folders, Console.Out);
        break;
    case ["catalog", .. var sizes]:
        CatalogTiming.Run(
            sizes.Length > 0 ? int.Parse(sizes[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000,
            sizes.Length > 1 ? int.Parse(sizes[1], System.Globalization.CultureInfo.InvariantCulture) : 8_000,
            Console.Out);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
        break;
}
