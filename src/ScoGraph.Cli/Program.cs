using ScoGraph.Cli;

// Ctrl+C cancels the running batch cleanly; whole batches already committed stay, and re-running completes the import.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
try
{
    return await ScoGraphCli.RunAsync(args, CliContext.FromConsole(), cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("scograph: cancelled; committed batches stay, run the same command again to complete the import");
    return 130;
}
