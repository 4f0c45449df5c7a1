using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Import;

/// <summary>
/// What an import did: either the errors (and nothing written), or the write result with one outcome per line.
/// </summary>
/// <param name="Lines">Non-blank lines read.</param>
/// <param name="Written">Null when nothing was written (errors, or an empty input).</param>
public sealed record ImportReport(int Lines, IReadOnlyList<ImportError> Errors, WriteResult? Written)
{
    public bool Succeeded => Errors.Count == 0;

    public int Count(WriteOutcome outcome) => Written?.Count(outcome) ?? 0;
}
