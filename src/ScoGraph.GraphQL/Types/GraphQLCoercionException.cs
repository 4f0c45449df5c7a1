using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// A value could not be coerced by a scalar or enum type. <see cref="Exception.Message"/> is graphql-js's message
/// word for word; <see cref="Node"/> is the literal that failed (null for runtime values).
/// </summary>
public sealed class GraphQLCoercionException(string message, SyntaxNode? node = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public SyntaxNode? Node { get; } = node;
}
