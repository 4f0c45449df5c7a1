namespace ScoGraph.GraphQL.Language;

/// <summary>Limits that keep hostile documents cheap to reject.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Stop with a syntax error after this many tokens (null: no limit), like graphql-js's <c>maxTokens</c>.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>
    /// Deepest nesting of selection sets, list/object values and list types. graphql-js has no such limit
    /// (it dies with a stack overflow); we report a syntax error instead so no input can crash the process.
    /// </summary>
    public int MaxDepth { get; init; } = 1000;
}
