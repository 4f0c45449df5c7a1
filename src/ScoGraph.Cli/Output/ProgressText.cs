using System.Globalization;
using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Cli.Output;

/// <summary>How progress reads in words: phase, lines, rates and an ETA from the input's size.</summary>
public static class ProgressText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Line(ImportProgress p, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var text = string.Create(Invariant, $"{Phase(p.Phase)}: {p.Lines:N0} lines, {p.Lines / seconds:N0} lines/s");
        if (p.Phase == ImportPhase.Writing)
        {
            var facts = p.Facts;
            text += string.Create(Invariant, $", {facts / seconds:N0} facts/s, {p.Created:N0} created, {p.Updated:N0} new versions, {p.Unchanged:N0} unchanged, {p.RejectedLines:N0} rejected");
        }
        if (p.TotalBytes is > 0 and var total && p.Bytes > 0)
        {
            var fraction = Math.Min(1.0, (double)p.Bytes / total);
            var eta = TimeSpan.FromSeconds(seconds * (1 - fraction) / Math.Max(fraction, 1e-9));
            text += string.Create(Invariant, $", {fraction:P0}, ETA {eta:hh\\:mm\\:ss}");
        }
        return text;
    }

    /// <summary>What fits beside a bar on an 80-column terminal: phase, lines done, the rate (facts/s when writing).</summary>
    public static string Short(ImportProgress p, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        return p.Phase == ImportPhase.Writing
            ? string.Create(Invariant, $"writing {p.Lines:N0} · {p.Facts / seconds:N0} facts/s · {p.RejectedLines:N0} rejected")
            : string.Create(Invariant, $"checking {p.Lines:N0} · {p.Lines / seconds:N0} lines/s");
    }

    public static string Phase(ImportPhase phase) => phase == ImportPhase.Checking ? "checking" : "writing";
}
