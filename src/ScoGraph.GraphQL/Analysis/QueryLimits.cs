namespace ScoGraph.GraphQL.Analysis;

/// <summary>
/// Static limits a document must respect before it is validated or executed. The defaults let an analyst's
/// realistic queries (and the IDE's full introspection query) through while refusing documents built to
/// exhaust the server. A value of zero or less switches that limit off.
/// </summary>
public sealed record QueryLimits
{
    /// <summary>Length of the document text in characters; checked before anything else reads it.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Lexical tokens in the document; counted before parsing so huge documents never reach the parser.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Nested field levels of an operation, fragments expanded (<c>{ a { b } }</c> has depth 2).</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Aliased fields an operation would execute, fragments expanded.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>Fields selected on the root type, fragments expanded.</summary>
    public int MaxRootFields { get; init; } = 20;

    /// <summary>Directives written on one field, fragment spread or inline fragment.</summary>
    public int MaxDirectivesPerField { get; init; } = 4;

    /// <summary>
    /// Estimated field cost (see <see cref="QueryCostCalculator"/>): every field costs 1, and a list field
    /// multiplies the cost of what it selects by its <c>first</c>/<c>last</c> argument or <see cref="DefaultListSize"/>.
    /// </summary>
    public long MaxCost { get; init; } = 20_000;

    /// <summary>The size assumed for a list field that names no <c>first</c>/<c>last</c>.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The defaults in one place, for callers that want to say "the usual limits".</summary>
    public static QueryLimits Default { get; } = new();

    /// <summary>Every limit switched off (for trusted tooling and tests).</summary>
    public static QueryLimits None { get; } = new()
    {
        MaxDocumentLength = 0, MaxTokens = 0, MaxDepth = 0, MaxAliases = 0, MaxRootFields = 0,
        MaxDirectivesPerField = 0, MaxCost = 0,
    };
}
