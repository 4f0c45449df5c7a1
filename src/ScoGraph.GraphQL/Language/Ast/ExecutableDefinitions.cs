namespace ScoGraph.GraphQL.Language.Ast;

public enum OperationType { Query, Mutation, Subscription }

/// <summary>An operation (spec 2.3). A shorthand <c>{ ... }</c> query has no name and no variables.</summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override string Kind => "OperationDefinition";

    /// <summary>graphql-js 16.15 (our reference) accepts a description before <c>query</c>/<c>mutation</c>/<c>subscription</c>.</summary>
    public StringValueNode? Description { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
    public override SelectionSetNode SelectionSet { get; init; } = SelectionSet;
}

/// <summary>A variable declared by an operation: <c>$name: Type = default @directives</c> (spec 2.10).</summary>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override string Kind => "VariableDefinition";

    /// <summary>graphql-js 16.15 (our reference) accepts a description before a variable definition.</summary>
    public StringValueNode? Description { get; init; }
}

/// <summary>A named fragment (spec 2.8).</summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override string Kind => "FragmentDefinition";

    /// <summary>graphql-js 16.15 (our reference) accepts a description before <c>fragment</c>.</summary>
    public StringValueNode? Description { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
    public override SelectionSetNode SelectionSet { get; init; } = SelectionSet;
}
