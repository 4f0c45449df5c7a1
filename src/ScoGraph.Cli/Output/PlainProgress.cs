using System.Diagnostics;
using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Cli.Output;

/// <summary>Progress for redirected output (logs, CI): one plain line every few seconds, never control characters.</summary>
public sealed class PlainProgress(TextWriter writer, TimeSpan interval) : IProgressSink
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;
    private ImportPhase? _phase;
    private TimeSpan _phaseStart;

    public void Report(ImportProgress progress)
    {
        var now = _clock.Elapsed;
        if (_phase != progress.Phase)
        {
            _phase = progress.Phase;
            _phaseStart = now;
        }
        if (now - _last < interval) return;
        _last = now;
        writer.WriteLine(ProgressText.Line(progress, now - _phaseStart));
    }
}
