using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/Monitor.Benchmarks -- --filter '*'   (run from the repository root: the corpus is seeds/)
BenchmarkSwitcher.FromAssembly(typeof(Monitor.Benchmarks.AnalyzerBenchmarks).Assembly).Run(args);
