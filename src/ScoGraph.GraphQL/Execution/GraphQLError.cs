using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Execution;

/// <summary>Line and column (both 1-based) of a spot in the document, as the response format has them.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// An error in the response's <c>errors</c> list (spec 7.1.2): a message for humans, where in the
/// document it happened, the response path of the field that failed, and optional extensions
/// (for example a machine-readable <c>code</c>).
/// </summary>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<SourceLocation>? Locations = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public static GraphQLError At(string message, params SyntaxNode?[] nodes) =>
        new(message, nodes.Where(n => n?.Location is not null)
            .Select(n => new SourceLocation(n!.Location!.Value.Line, n.Location.Value.Column)).ToArray());
}
