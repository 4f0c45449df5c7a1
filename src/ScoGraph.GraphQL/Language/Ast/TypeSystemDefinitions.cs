namespace ScoGraph.GraphQL.Language.Ast;

/// <summary>Schema, type and directive definitions and their extensions (spec 3).</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;

/// <summary><c>schema { query: Query ... }</c> (spec 3.3).</summary>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override string Kind => "SchemaDefinition";
}

public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    public override string Kind => "OperationTypeDefinition";
}

/// <summary>Any named type definition (spec 3.4).</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    public abstract StringValueNode? Description { get; init; }
    public abstract NameNode Name { get; init; }
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode
{
    public override string Kind => "ScalarTypeDefinition";
    public override StringValueNode? Description { get; init; } = Description;
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override string Kind => "ObjectTypeDefinition";
    public override StringValueNode? Description { get; init; } = Description;
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override string Kind => "InterfaceTypeDefinition";
    public override StringValueNode? Description { get; init; } = Description;
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    public override string Kind => "UnionTypeDefinition";
    public override StringValueNode? Description { get; init; } = Description;
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    public override string Kind => "EnumTypeDefinition";
    public override StringValueNode? Description { get; init; } = Description;
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    public override string Kind => "InputObjectTypeDefinition";
    public override StringValueNode? Description { get; init; } = Description;
    public override NameNode Name { get; init; } = Name;
    public override IReadOnlyList<DirectiveNode> Directives { get; init; } = Directives;
}

/// <summary>A field of an object or interface type, with its arguments.</summary>
public sealed record FieldDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override string Kind => "FieldDefinition";
}

/// <summary>An argument or input-object field definition.</summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override string Kind => "InputValueDefinition";
}

public sealed record EnumValueDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override string Kind => "EnumValueDefinition";
}

/// <summary><c>directive @name(args) repeatable on LOCATION | ...</c> (spec 3.13).</summary>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode
{
    public override string Kind => "DirectiveDefinition";
}
