using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, which schema types and definitions the current node refers to: the output
/// type of the current field or fragment, the composite type its selections are on, the field and directive
/// definitions, the argument definition and the expected input type of the current value (graphql-js's TypeInfo).
/// The walker calls <c>Enter</c> before a node's rules run and <c>Leave</c> after them.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<IGraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<IGraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<bool> _defaultValueStack = [];

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, fragment or operation (null when unknown).</summary>
    public IGraphQLType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    /// <summary>The composite type whose fields the current selection set selects (null when unknown or not composite).</summary>
    public NamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    /// <summary>The type the current value must have (null when unknown).</summary>
    public IGraphQLType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    /// <summary>The type of the list or input object enclosing the current value.</summary>
    public IGraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDefinition => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    /// <summary>True when the argument or input field at the current position has a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    internal void EnterSelectionSet()
    {
        var named = Type?.GetNamedType();
        _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
    }

    internal void LeaveSelectionSet() => _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);

    internal void EnterField(FieldNode node)
    {
        var parentType = ParentType;
        var fieldDef = parentType is null ? null : Schema.GetField(parentType, node.Name.Value);
        _fieldDefStack.Add(fieldDef);
        var fieldType = fieldDef?.Type;
        _typeStack.Add(fieldType is not null && fieldType.IsOutputType() ? fieldType : null);
    }

    internal void LeaveField()
    {
        _fieldDefStack.RemoveAt(_fieldDefStack.Count - 1);
        _typeStack.RemoveAt(_typeStack.Count - 1);
    }

    internal void EnterDirective(DirectiveNode node) => Directive = Schema.GetDirective(node.Name.Value);

    internal void LeaveDirective() => Directive = null;

    internal void EnterOperationDefinition(OperationDefinitionNode node) => _typeStack.Add(Schema.GetRootType(node.Operation));

    /// <summary>For operations, inline fragments and fragment definitions.</summary>
    internal void LeaveTypeScope() => _typeStack.RemoveAt(_typeStack.Count - 1);

    internal void EnterFragment(NamedTypeNode? typeCondition)
    {
        IGraphQLType? outputType = typeCondition is not null ? Schema.GetTypeFromAst(typeCondition) : Type?.GetNamedType();
        _typeStack.Add(outputType is not null && outputType.IsOutputType() ? outputType : null);
    }

    internal void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var inputType = Schema.GetTypeFromAst(node.Type);
        _inputTypeStack.Add(inputType is not null && inputType.IsInputType() ? inputType : null);
    }

    internal void LeaveVariableDefinition() => _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);

    internal void EnterArgument(ArgumentNode node)
    {
        InputValueDefinition? argDef = null;
        if (Directive is { } directive) argDef = directive.GetArgument(node.Name.Value);
        else if (FieldDefinition is { } field) argDef = field.GetArgument(node.Name.Value);
        Argument = argDef;
        _defaultValueStack.Add(argDef is not null && argDef.HasDefaultValue);
        var argType = argDef?.Type;
        _inputTypeStack.Add(argType is not null && argType.IsInputType() ? argType : null);
    }

    internal void LeaveArgument()
    {
        Argument = null;
        _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }

    internal void EnterListValue()
    {
        var listType = InputType?.GetNullableType();
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaultValueStack.Add(false); // list items never have a default value
        _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        InputValueDefinition? inputField = null;
        if (InputType?.GetNamedType() is InputObjectType objectType) inputField = objectType.GetField(node.Name.Value);
        _defaultValueStack.Add(inputField is not null && inputField.HasDefaultValue);
        var fieldType = inputField?.Type;
        _inputTypeStack.Add(fieldType is not null && fieldType.IsInputType() ? fieldType : null);
    }

    /// <summary>For list values and object fields.</summary>
    internal void LeaveInputPosition()
    {
        _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }
}
