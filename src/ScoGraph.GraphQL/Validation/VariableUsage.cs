using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation;

/// <summary>
/// A variable used somewhere in an operation or fragment: the type its position expects (null when unknown), whether
/// that position (argument or input field) has a default value, and the list or input object type enclosing it.
/// </summary>
public readonly record struct VariableUsage(
    VariableNode Node, IGraphQLType? Type, bool HasLocationDefaultValue, IGraphQLType? ParentType);
