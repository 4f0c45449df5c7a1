using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Analysis;

/// <summary>Answers the analyzer's questions from a built <see cref="Schema"/>.</summary>
public sealed class SchemaTypeInfo(Schema schema) : IAnalysisTypeInfo
{
    public string? RootTypeName(OperationType operation) => schema.GetRootType(operation)?.Name;

    public FieldShape? GetField(string parentTypeName, string fieldName)
    {
        if (schema.GetType(parentTypeName) is not { } parent) return null;
        if (schema.GetField(parent, fieldName) is not { } field) return null;
        return new FieldShape(field.Type.GetNamedType().Name, field.Type.GetNullableType() is ListType, field.ListSize, field.ListSizeArgument);
    }
}
