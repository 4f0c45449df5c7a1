namespace ScoGraph.GraphQL.Language.Ast;

/// <summary>An input value literal (spec 2.9). Numbers keep their source text so coercion can be exact.</summary>
public abstract record ValueNode : SyntaxNode;

public sealed record VariableNode(NameNode Name) : ValueNode
{
    public override string Kind => "Variable";
}

/// <summary>An integer literal as written, e.g. <c>-12</c>; coerced (and range-checked) by the scalar.</summary>
public sealed record IntValueNode(string Value) : ValueNode
{
    public override string Kind => "IntValue";
}

/// <summary>A float literal as written, e.g. <c>1.5e3</c>.</summary>
public sealed record FloatValueNode(string Value) : ValueNode
{
    public override string Kind => "FloatValue";
}

/// <summary>A string, its escapes already resolved. <see cref="Block"/> tells whether it was written as <c>"""..."""</c>.</summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode
{
    public override string Kind => "StringValue";
}

public sealed record BooleanValueNode(bool Value) : ValueNode
{
    public override string Kind => "BooleanValue";
}

public sealed record NullValueNode : ValueNode
{
    public override string Kind => "NullValue";
}

public sealed record EnumValueNode(string Value) : ValueNode
{
    public override string Kind => "EnumValue";
}

public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    public override string Kind => "ListValue";
}

public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    public override string Kind => "ObjectValue";
}

public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override string Kind => "ObjectField";
}
