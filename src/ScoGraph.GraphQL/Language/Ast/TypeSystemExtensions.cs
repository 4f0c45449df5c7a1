namespace ScoGraph.GraphQL.Language.Ast;

/// <summary><c>extend schema ...</c> (spec 3.3.2).</summary>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override string Kind => "SchemaExtension";
}

/// <summary>Any <c>extend type|interface|union|enum|input|scalar ...</c> (spec 3.4.3).</summary>
public abstract record TypeExtensionNode : TypeSystemDefinitionNode
{
    public abstract NameNode Name { get; init; }
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    public override string Kind => "ScalarTypeExtension";
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record ObjectTypeExtensionNode(
    NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override string Kind => "ObjectTypeExtension";
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record InterfaceTypeExtensionNode(
    NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override string Kind => "InterfaceTypeExtension";
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record UnionTypeExtensionNode(
    NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode
{
    public override string Kind => "UnionTypeExtension";
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record EnumTypeExtensionNode(
    NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    public override string Kind => "EnumTypeExtension";
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record InputObjectTypeExtensionNode(
    NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode
{
    public override string Kind => "InputObjectTypeExtension";
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}
