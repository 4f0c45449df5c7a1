using ScoGraph.Import.Benchmarks;

// dotnet run -c Release --project bench/ScoGraph.Import.Benchmarks -- [FACTS] [BATCH_SIZE]   (default 1,000,000 and 5,000)
// dotnet run -c Release --project bench/ScoGraph.Import.Benchmarks -- --stages N           (time per stage, in process)
var folder = Path.Combine(Path.GetTempPath(), "scograph-import-bench");
Directory.CreateDirectory(folder);
if (args is ["--stages", var n])
{
    await Stages.RunAsync(int.Parse(n), folder);
    return 0;
}
var facts = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
var batchSize = args.Length > 1 ? int.Parse(args[1]) : 5_000;
await ImportRace.RunAsync(facts, batchSize, folder);
return 0;
