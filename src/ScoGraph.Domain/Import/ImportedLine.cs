using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Import;

/// <summary>
/// The outcome of reading one non-blank line: the write item it stands for (null when the line has errors),
/// the id and kind it declares (known even for a broken line, so other lines' references to it do not fail too),
/// and its errors.
/// </summary>
public sealed record ImportedLine(int Line, WriteItem? Item, string? DeclaredId, EntityKind? DeclaredKind, IReadOnlyList<ImportError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Item is not null;
}
