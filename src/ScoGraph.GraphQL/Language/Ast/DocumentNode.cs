namespace ScoGraph.GraphQL.Language.Ast;

/// <summary>A whole GraphQL document: executable definitions, type-system definitions or both (spec 2.2).</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    public override string Kind => "Document";
}

/// <summary>Any top-level definition of a document.</summary>
public abstract record DefinitionNode : SyntaxNode;

/// <summary>Definitions a client sends to be executed: operations and fragments (spec 2.2).</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
    public abstract SelectionSetNode SelectionSet { get; init; }
}
