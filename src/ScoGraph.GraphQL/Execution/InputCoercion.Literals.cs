using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

internal static partial class InputCoercion
{
    /// <summary>Stands for JavaScript's <c>undefined</c>: "no valid value" as opposed to null.</summary>
    public static readonly object Invalid = new();

    /// <summary>
    /// Coerces a literal to <paramref name="type"/> using the request's coerced variables (graphql-js valueFromAST).
    /// Returns <see cref="Invalid"/> when the literal does not fit the type; validation normally catches that first.
    /// </summary>
    public static object? ValueFromAst(ValueNode node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables) =>
        InputValues.TryValueFromAst(node, type, variables, out var value) ? value : Invalid;
}
