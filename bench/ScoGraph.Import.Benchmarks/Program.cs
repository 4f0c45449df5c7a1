using ScoGraph.Import.Benchmarks;

// dotnet run -c Release --project bench/ScoGraph.Import.Benchmarks -- [FACTS] [BATCH_SIZE] [--big-file MB]
//   (default 1,000,000 facts, batch size 5,000; --big-file also streams a synthetic file of MB megabytes to the
//   server and reports its peak RSS while importing it: 1024 for the 1 GB of issue 12, which takes a while)
// dotnet run -c Release --project bench/ScoGraph.Import.Benchmarks -- --stages N           (time per stage, in process)
var folder = Path.Combine(Path.GetTempPath(), "scograph-import-bench");
Directory.CreateDirectory(folder);
if (args is ["--stages", var n])
{
    await Stages.RunAsync(int.Parse(n), folder);
    return 0;
}
var bigFile = Array.IndexOf(args, "--big-file") is var at and >= 0 && at + 1 < args.Length ? long.Parse(args[at + 1]) : 0;
var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--big-file")).ToArray();
var facts = positional.Length > 0 ? int.Parse(positional[0]) : 1_000_000;
var batchSize = positional.Length > 1 ? int.Parse(positional[1]) : 5_000;
await ImportRace.RunAsync(facts, batchSize, folder, bigFile * 1024 * 1024);
return 0;
