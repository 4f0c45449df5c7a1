using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Analysis;

/// <summary>
/// What a field returns, as far as cost estimation cares: the named type, whether it is a list, and for a list with a
/// documented maximum that maximum (null: the default list size is assumed), and the list argument whose length bounds
/// it when given (see <see cref="Types.FieldDefinition.ListSizeArgument"/>).
/// </summary>
public readonly record struct FieldShape(string TypeName, bool IsList, int? ListSize = null, string? ListSizeArgument = null);

/// <summary>
/// The little the analyzer needs to know about a schema. Kept as an interface so the analysis runs before
/// validation (on documents that may still name unknown fields, which then simply count as non-lists) and can
/// be tested without building a schema.
/// </summary>
public interface IAnalysisTypeInfo
{
    string? RootTypeName(OperationType operation);

    FieldShape? GetField(string parentTypeName, string fieldName);
}

/// <summary>Knows no types: every field counts as a single value unless it names <c>first</c>/<c>last</c>.</summary>
public sealed class NoTypeInfo : IAnalysisTypeInfo
{
    public static NoTypeInfo Instance { get; } = new();

    public string? RootTypeName(OperationType operation) => null;

    public FieldShape? GetField(string parentTypeName, string fieldName) => null;
}
