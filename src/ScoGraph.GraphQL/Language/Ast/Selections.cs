namespace ScoGraph.GraphQL.Language.Ast;

/// <summary><c>{ selection ... }</c> (spec 2.4).</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    public override string Kind => "SelectionSet";
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract record SelectionNode : SyntaxNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary><c>alias: name(args) @directives { ... }</c> (spec 2.5-2.7).</summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode
{
    public override string Kind => "Field";
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;

    /// <summary>The key this field's value has in the response: the alias if given, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary><c>...Name @directives</c> (spec 2.8).</summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    public override string Kind => "FragmentSpread";
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

/// <summary><c>... on Type @directives { ... }</c>; the type condition is optional (spec 2.8.2).</summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode
{
    public override string Kind => "InlineFragment";
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

/// <summary><c>name: value</c> inside a field's or directive's parentheses (spec 2.6).</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override string Kind => "Argument";
}

/// <summary><c>@name(args)</c> (spec 2.12).</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode
{
    public override string Kind => "Directive";
}
