using System.Diagnostics;
using ScoGraph.Domain.Import.Bulk;
using Spectre.Console;

namespace ScoGraph.Cli.Output;

/// <summary>A live progress bar per phase (check, write) on a terminal, with lines/s, facts/s and an ETA from the size.</summary>
public sealed class LiveProgress : IProgressSink
{
    private readonly ProgressContext _context;
    private readonly Dictionary<ImportPhase, (ProgressTask Task, Stopwatch Clock)> _tasks = [];
    private readonly long? _totalBytes;

    private LiveProgress(ProgressContext context, long? totalBytes)
    {
        _context = context;
        _totalBytes = totalBytes;
    }

    /// <summary>Runs <paramref name="work"/> under a progress display on <paramref name="console"/>.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, long? totalBytes, Func<IProgressSink, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var sink = new LiveProgress(context, totalBytes);
                var result = await work(sink);
                foreach (var (task, _) in sink._tasks.Values)
                {
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
                return result;
            });

    public void Report(ImportProgress progress)
    {
        if (!_tasks.TryGetValue(progress.Phase, out var entry))
        {
            var task = _context.AddTask(ProgressText.Phase(progress.Phase), maxValue: _totalBytes is > 0 ? _totalBytes.Value : 1);
            task.IsIndeterminate = _totalBytes is not > 0;
            entry = (task, Stopwatch.StartNew());
            _tasks[progress.Phase] = entry;
        }
        if (_totalBytes is > 0) entry.Task.Value = Math.Min(progress.Bytes, _totalBytes.Value);
        entry.Task.Description = Markup.Escape(ProgressText.Short(progress, entry.Clock.Elapsed));
    }
}
