namespace ScoGraph.GraphQL.Validation;

/// <summary>graphql-js's validation options.</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>After this many errors validation stops with a final "Too many validation errors" error (graphql-js: 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Leaves the "Did you mean ...?" hints out of messages, so a server with introspection disabled does not leak
    /// field, type or argument names through them.
    /// </summary>
    public bool HideSuggestions { get; init; }
}
