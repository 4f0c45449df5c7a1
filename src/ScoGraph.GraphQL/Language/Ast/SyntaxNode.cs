namespace ScoGraph.GraphQL.Language.Ast;

/// <summary>
/// Where a node came from in the source text: character offsets plus the 1-based line and column
/// of its first token. Errors carry these so clients can point at the exact spot.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

/// <summary>
/// The root of every AST node. Nodes are immutable records so the printer, validation and
/// execution can share one parsed document safely across threads (and across cached requests).
/// </summary>
public abstract record SyntaxNode
{
    /// <summary>Null for nodes built in code rather than parsed.</summary>
    public Location? Location { get; init; }

    /// <summary>The node's kind as graphql-js names it (used in messages and differential tests).</summary>
    public abstract string Kind { get; }
}

/// <summary>A GraphQL name (spec 2.1.9). Kept as a node so it carries its own location.</summary>
public sealed record NameNode(string Value) : SyntaxNode
{
    public override string Kind => "Name";
    public override string ToString() => Value;
}
