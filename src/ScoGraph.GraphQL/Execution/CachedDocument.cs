using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// What one query text costs to understand, worked out once: its tree (or its syntax error), its limits analysis
/// when no variable can change it, and its validation errors once a request has passed the limits.
/// </summary>
internal sealed class CachedDocument(DocumentNode? document, GraphQLError? syntaxError, QueryAnalysis? fixedAnalysis)
{
    public DocumentNode? Document { get; } = document;

    public GraphQLError? SyntaxError { get; } = syntaxError;

    /// <summary>The analysis of a document whose operations declare no variables (it measures the same every time).</summary>
    public QueryAnalysis? FixedAnalysis { get; } = fixedAnalysis;

    /// <summary>
    /// Filled in by the first request that passes the limits (validation does not depend on variables, but the limits
    /// must run first: some rules are quadratic on hostile documents). Racing requests store equal lists.
    /// </summary>
    public IReadOnlyList<GraphQLError>? ValidationErrors { get; set; }
}
