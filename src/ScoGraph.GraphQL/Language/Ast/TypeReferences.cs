namespace ScoGraph.GraphQL.Language.Ast;

/// <summary>A type reference as written: <c>Name</c>, <c>[T]</c> or <c>T!</c> (spec 2.11).</summary>
public abstract record TypeNode : SyntaxNode;

public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    public override string Kind => "NamedType";
}

public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override string Kind => "ListType";
}

/// <summary>Wraps a named or list type; the grammar forbids <c>T!!</c>.</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override string Kind => "NonNullType";
}
