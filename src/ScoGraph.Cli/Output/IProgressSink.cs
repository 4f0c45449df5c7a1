using ScoGraph.Domain.Import.Bulk;

namespace ScoGraph.Cli.Output;

/// <summary>Where a running import reports how far it is (a live bar, or periodic lines).</summary>
public interface IProgressSink
{
    void Report(ImportProgress progress);
}
