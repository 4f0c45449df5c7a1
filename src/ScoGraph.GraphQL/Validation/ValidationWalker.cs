using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation;

/// <summary>
/// Walks a document once (in graphql-js's key order, descriptions left out) and calls every visitor that overrides
/// the current node kind, keeping <see cref="TypeInfo"/> in step: its Enter runs before the visitors' Enter, its
/// Leave after their Leave. A visitor whose Enter returns false is not called again until that node is left.
/// </summary>
internal sealed class ValidationWalker
{
    private static readonly Func<ValidationVisitor, DocumentNode, bool> EnterDocumentCall = static (v, n) => v.EnterDocument(n);
    private static readonly Action<ValidationVisitor, DocumentNode> LeaveDocumentCall = static (v, n) => v.LeaveDocument(n);
    private static readonly Func<ValidationVisitor, OperationDefinitionNode, bool> EnterOperationCall = static (v, n) => v.EnterOperationDefinition(n);
    private static readonly Action<ValidationVisitor, OperationDefinitionNode> LeaveOperationCall = static (v, n) => v.LeaveOperationDefinition(n);
    private static readonly Func<ValidationVisitor, VariableDefinitionNode, bool> EnterVariableDefinitionCall = static (v, n) => v.EnterVariableDefinition(n);
    private static readonly Action<ValidationVisitor, VariableDefinitionNode> LeaveVariableDefinitionCall = static (v, n) => v.LeaveVariableDefinition(n);
    private static readonly Func<ValidationVisitor, VariableNode, bool> EnterVariableCall = static (v, n) => v.EnterVariable(n);
    private static readonly Action<ValidationVisitor, VariableNode> LeaveVariableCall = static (v, n) => v.LeaveVariable(n);
    private static readonly Func<ValidationVisitor, SelectionSetNode, bool> EnterSelectionSetCall = static (v, n) => v.EnterSelectionSet(n);
    private static readonly Action<ValidationVisitor, SelectionSetNode> LeaveSelectionSetCall = static (v, n) => v.LeaveSelectionSet(n);
    private static readonly Func<ValidationVisitor, FieldNode, bool> EnterFieldCall = static (v, n) => v.EnterField(n);
    private static readonly Action<ValidationVisitor, FieldNode> LeaveFieldCall = static (v, n) => v.LeaveField(n);
    private static readonly Func<ValidationVisitor, ArgumentNode, bool> EnterArgumentCall = static (v, n) => v.EnterArgument(n);
    private static readonly Action<ValidationVisitor, ArgumentNode> LeaveArgumentCall = static (v, n) => v.LeaveArgument(n);
    private static readonly Func<ValidationVisitor, FragmentSpreadNode, bool> EnterFragmentSpreadCall = static (v, n) => v.EnterFragmentSpread(n);
    private static readonly Action<ValidationVisitor, FragmentSpreadNode> LeaveFragmentSpreadCall = static (v, n) => v.LeaveFragmentSpread(n);
    private static readonly Func<ValidationVisitor, InlineFragmentNode, bool> EnterInlineFragmentCall = static (v, n) => v.EnterInlineFragment(n);
    private static readonly Action<ValidationVisitor, InlineFragmentNode> LeaveInlineFragmentCall = static (v, n) => v.LeaveInlineFragment(n);
    private static readonly Func<ValidationVisitor, FragmentDefinitionNode, bool> EnterFragmentDefinitionCall = static (v, n) => v.EnterFragmentDefinition(n);
    private static readonly Action<ValidationVisitor, FragmentDefinitionNode> LeaveFragmentDefinitionCall = static (v, n) => v.LeaveFragmentDefinition(n);
    private static readonly Func<ValidationVisitor, DirectiveNode, bool> EnterDirectiveCall = static (v, n) => v.EnterDirective(n);
    private static readonly Action<ValidationVisitor, DirectiveNode> LeaveDirectiveCall = static (v, n) => v.LeaveDirective(n);
    private static readonly Func<ValidationVisitor, NamedTypeNode, bool> EnterNamedTypeCall = static (v, n) => v.EnterNamedType(n);
    private static readonly Action<ValidationVisitor, NamedTypeNode> LeaveNamedTypeCall = static (v, n) => v.LeaveNamedType(n);
    private static readonly Func<ValidationVisitor, ListTypeNode, bool> EnterListTypeCall = static (v, n) => v.EnterListType(n);
    private static readonly Action<ValidationVisitor, ListTypeNode> LeaveListTypeCall = static (v, n) => v.LeaveListType(n);
    private static readonly Func<ValidationVisitor, NonNullTypeNode, bool> EnterNonNullTypeCall = static (v, n) => v.EnterNonNullType(n);
    private static readonly Action<ValidationVisitor, NonNullTypeNode> LeaveNonNullTypeCall = static (v, n) => v.LeaveNonNullType(n);
    private static readonly Func<ValidationVisitor, ValueNode, bool> EnterScalarValueCall = static (v, n) => v.EnterScalarValue(n);
    private static readonly Action<ValidationVisitor, ValueNode> LeaveScalarValueCall = static (v, n) => v.LeaveScalarValue(n);
    private static readonly Func<ValidationVisitor, ListValueNode, bool> EnterListValueCall = static (v, n) => v.EnterListValue(n);
    private static readonly Action<ValidationVisitor, ListValueNode> LeaveListValueCall = static (v, n) => v.LeaveListValue(n);
    private static readonly Func<ValidationVisitor, ObjectValueNode, bool> EnterObjectValueCall = static (v, n) => v.EnterObjectValue(n);
    private static readonly Action<ValidationVisitor, ObjectValueNode> LeaveObjectValueCall = static (v, n) => v.LeaveObjectValue(n);
    private static readonly Func<ValidationVisitor, ObjectFieldNode, bool> EnterObjectFieldCall = static (v, n) => v.EnterObjectField(n);
    private static readonly Action<ValidationVisitor, ObjectFieldNode> LeaveObjectFieldCall = static (v, n) => v.LeaveObjectField(n);
    private static readonly Func<ValidationVisitor, SyntaxNode, bool> EnterTypeSystemCall = static (v, n) => v.EnterTypeSystemNode(n);
    private static readonly Action<ValidationVisitor, SyntaxNode> LeaveTypeSystemCall = static (v, n) => v.LeaveTypeSystemNode(n);

    private readonly TypeInfo _typeInfo;
    private readonly ValidationVisitor[] _visitors;
    private readonly int[][] _enterers;
    private readonly int[][] _leavers;
    private readonly SyntaxNode?[] _skipping;
    private int _skipCount;
    private readonly List<SyntaxNode> _ancestors = [];

    public ValidationWalker(TypeInfo typeInfo, IReadOnlyList<ValidationVisitor> visitors)
    {
        _typeInfo = typeInfo;
        _visitors = [.. visitors];
        _skipping = new SyntaxNode?[_visitors.Length];
        var enterers = new List<int>[VisitorDispatch.KindCount];
        var leavers = new List<int>[VisitorDispatch.KindCount];
        for (var k = 0; k < enterers.Length; k++) { enterers[k] = []; leavers[k] = []; }
        for (var i = 0; i < _visitors.Length; i++)
        {
            var (enter, leave) = VisitorDispatch.For(_visitors[i].GetType());
            for (var k = 0; k < enter.Length; k++)
            {
                if (enter[k]) enterers[k].Add(i);
                if (leave[k]) leavers[k].Add(i);
            }
        }
        _enterers = Array.ConvertAll(enterers, l => l.ToArray());
        _leavers = Array.ConvertAll(leavers, l => l.ToArray());
    }

    /// <summary>The nodes above the current one, the document first and the parent last.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    public void Walk(DocumentNode document)
    {
        Enter(VisitKind.Document, document, EnterDocumentCall);
        _ancestors.Add(document);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation: WalkOperation(operation); break;
                case FragmentDefinitionNode fragment: WalkFragmentDefinition(fragment); break;
                default: WalkTypeSystemNode(definition); break;
            }
        }
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.Document, document, LeaveDocumentCall);
    }

    public void WalkExecutableDefinition(ExecutableDefinitionNode definition)
    {
        if (definition is OperationDefinitionNode operation) WalkOperation(operation);
        else if (definition is FragmentDefinitionNode fragment) WalkFragmentDefinition(fragment);
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        _typeInfo.EnterOperationDefinition(node);
        Enter(VisitKind.OperationDefinition, node, EnterOperationCall);
        _ancestors.Add(node);
        foreach (var variable in node.VariableDefinitions) WalkVariableDefinition(variable);
        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.OperationDefinition, node, LeaveOperationCall);
        _typeInfo.LeaveTypeScope();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        Enter(VisitKind.VariableDefinition, node, EnterVariableDefinitionCall);
        _ancestors.Add(node);
        WalkVariable(node.Variable);
        WalkType(node.Type);
        if (node.DefaultValue is not null) WalkValue(node.DefaultValue);
        WalkDirectives(node.Directives);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.VariableDefinition, node, LeaveVariableDefinitionCall);
        _typeInfo.LeaveVariableDefinition();
    }

    private void WalkVariable(VariableNode node)
    {
        Enter(VisitKind.Variable, node, EnterVariableCall);
        Leave(VisitKind.Variable, node, LeaveVariableCall);
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
    RuntimeHelpers.EnsureSufficientExecutionStack();
        _typeInfo.EnterSelectionSet();
        Enter(VisitKind.SelectionSet, node, EnterSelectionSetCall);
        _ancestors.Add(node);
        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field: WalkField(field); break;
                case FragmentSpreadNode spread: WalkFragmentSpread(spread); break;
                case InlineFragmentNode inline: WalkInlineFragment(inline); break;
            }
        }
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.SelectionSet, node, LeaveSelectionSetCall);
        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        Enter(VisitKind.Field, node, EnterFieldCall);
        _ancestors.Add(node);
        foreach (var argument in node.Arguments) WalkArgument(argument);
        WalkDirectives(node.Directives);
        if (node.SelectionSet is not null) WalkSelectionSet(node.SelectionSet);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.Field, node, LeaveFieldCall);
        _typeInfo.LeaveField();
    }

    private void WalkArgument(ArgumentNode node)
    {
        _typeInfo.EnterArgument(node);
        Enter(VisitKind.Argument, node, EnterArgumentCall);
        _ancestors.Add(node);
        WalkValue(node.Value);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.Argument, node, LeaveArgumentCall);
        _typeInfo.LeaveArgument();
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        Enter(VisitKind.FragmentSpread, node, EnterFragmentSpreadCall);
        _ancestors.Add(node);
        WalkDirectives(node.Directives);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.FragmentSpread, node, LeaveFragmentSpreadCall);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        Enter(VisitKind.InlineFragment, node, EnterInlineFragmentCall);
        _ancestors.Add(node);
        if (node.TypeCondition is not null) WalkType(node.TypeCondition);
        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.InlineFragment, node, LeaveInlineFragmentCall);
        _typeInfo.LeaveTypeScope();
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.EnterFragment(node.TypeCondition);
        Enter(VisitKind.FragmentDefinition, node, EnterFragmentDefinitionCall);
        _ancestors.Add(node);
        WalkType(node.TypeCondition);
        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.FragmentDefinition, node, LeaveFragmentDefinitionCall);
        _typeInfo.LeaveTypeScope();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++) WalkDirective(directives[i]);
    }

    private void WalkDirective(DirectiveNode node)
    {
        _typeInfo.EnterDirective(node);
        Enter(VisitKind.Directive, node, EnterDirectiveCall);
        _ancestors.Add(node);
        foreach (var argument in node.Arguments) WalkArgument(argument);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.Directive, node, LeaveDirectiveCall);
        _typeInfo.LeaveDirective();
    }

    private void WalkType(TypeNode node)
    {
    RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case NamedTypeNode named:
                Enter(VisitKind.NamedType, named, EnterNamedTypeCall);
                Leave(VisitKind.NamedType, named, LeaveNamedTypeCall);
                break;
            case ListTypeNode list:
                Enter(VisitKind.ListType, list, EnterListTypeCall);
                _ancestors.Add(list);
                WalkType(list.Type);
                _ancestors.RemoveAt(_ancestors.Count - 1);
                Leave(VisitKind.ListType, list, LeaveListTypeCall);
                break;
            case NonNullTypeNode nonNull:
                Enter(VisitKind.NonNullType, nonNull, EnterNonNullTypeCall);
                _ancestors.Add(nonNull);
                WalkType(nonNull.Type);
                _ancestors.RemoveAt(_ancestors.Count - 1);
                Leave(VisitKind.NonNullType, nonNull, LeaveNonNullTypeCall);
                break;
        }
    }

    private void WalkValue(ValueNode node)
    {
    RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case VariableNode variable:
                WalkVariable(variable);
                break;
            case ListValueNode list:
                _typeInfo.EnterListValue();
                Enter(VisitKind.ListValue, list, EnterListValueCall);
                _ancestors.Add(list);
                foreach (var item in list.Values) WalkValue(item);
                _ancestors.RemoveAt(_ancestors.Count - 1);
                Leave(VisitKind.ListValue, list, LeaveListValueCall);
                _typeInfo.LeaveInputPosition();
                break;
            case ObjectValueNode obj:
                Enter(VisitKind.ObjectValue, obj, EnterObjectValueCall);
                _ancestors.Add(obj);
                foreach (var field in obj.Fields) WalkObjectField(field);
                _ancestors.RemoveAt(_ancestors.Count - 1);
                Leave(VisitKind.ObjectValue, obj, LeaveObjectValueCall);
                break;
            default:
                Enter(VisitKind.ScalarValue, node, EnterScalarValueCall);
                Leave(VisitKind.ScalarValue, node, LeaveScalarValueCall);
                break;
        }
    }

    private void WalkObjectField(ObjectFieldNode node)
    {
        _typeInfo.EnterObjectField(node);
        Enter(VisitKind.ObjectField, node, EnterObjectFieldCall);
        _ancestors.Add(node);
        WalkValue(node.Value);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.ObjectField, node, LeaveObjectFieldCall);
        _typeInfo.LeaveInputPosition();
    }

    private void WalkTypeSystemNode(SyntaxNode node)
    {
        Enter(VisitKind.TypeSystemNode, node, EnterTypeSystemCall);
        _ancestors.Add(node);
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WalkDirectives(schema.Directives);
                foreach (var operationType in schema.OperationTypes) WalkTypeSystemNode(operationType);
                break;
            case SchemaExtensionNode schema:
                WalkDirectives(schema.Directives);
                foreach (var operationType in schema.OperationTypes) WalkTypeSystemNode(operationType);
                break;
            case OperationTypeDefinitionNode operationType:
                WalkType(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                WalkDirectives(scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                WalkDirectives(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode obj:
                WalkComplexType(obj.Interfaces, obj.Directives, obj.Fields);
                break;
            case ObjectTypeExtensionNode obj:
                WalkComplexType(obj.Interfaces, obj.Directives, obj.Fields);
                break;
            case InterfaceTypeDefinitionNode iface:
                WalkComplexType(iface.Interfaces, iface.Directives, iface.Fields);
                break;
            case InterfaceTypeExtensionNode iface:
                WalkComplexType(iface.Interfaces, iface.Directives, iface.Fields);
                break;
            case FieldDefinitionNode field:
                foreach (var argument in field.Arguments) WalkTypeSystemNode(argument);
                WalkType(field.Type);
                WalkDirectives(field.Directives);
                break;
            case InputValueDefinitionNode input:
                WalkType(input.Type);
                if (input.DefaultValue is not null) WalkValue(input.DefaultValue);
                WalkDirectives(input.Directives);
                break;
            case UnionTypeDefinitionNode union:
                WalkDirectives(union.Directives);
                foreach (var member in union.Types) WalkType(member);
                break;
            case UnionTypeExtensionNode union:
                WalkDirectives(union.Directives);
                foreach (var member in union.Types) WalkType(member);
                break;
            case EnumTypeDefinitionNode enumType:
                WalkDirectives(enumType.Directives);
                foreach (var value in enumType.Values) WalkTypeSystemNode(value);
                break;
            case EnumTypeExtensionNode enumType:
                WalkDirectives(enumType.Directives);
                foreach (var value in enumType.Values) WalkTypeSystemNode(value);
                break;
            case EnumValueDefinitionNode value:
                WalkDirectives(value.Directives);
                break;
            case InputObjectTypeDefinitionNode input:
                WalkDirectives(input.Directives);
                foreach (var field in input.Fields) WalkTypeSystemNode(field);
                break;
            case InputObjectTypeExtensionNode input:
                WalkDirectives(input.Directives);
                foreach (var field in input.Fields) WalkTypeSystemNode(field);
                break;
            case DirectiveDefinitionNode directive:
                foreach (var argument in directive.Arguments) WalkTypeSystemNode(argument);
                break;
        }
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(VisitKind.TypeSystemNode, node, LeaveTypeSystemCall);
    }

    private void WalkComplexType(IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var iface in interfaces) WalkType(iface);
        WalkDirectives(directives);
        foreach (var field in fields) WalkTypeSystemNode(field);
    }

    private void Enter<TNode>(VisitKind kind, TNode node, Func<ValidationVisitor, TNode, bool> call) where TNode : SyntaxNode
    {
        var indexes = _enterers[(int)kind];
        for (var i = 0; i < indexes.Length; i++)
        {
            var index = indexes[i];
            if (_skipping[index] is null && !call(_visitors[index], node))
            {
                _skipping[index] = node;
                _skipCount++;
            }
        }
    }

    private void Leave<TNode>(VisitKind kind, TNode node, Action<ValidationVisitor, TNode> call) where TNode : SyntaxNode
    {
        var indexes = _leavers[(int)kind];
        for (var i = 0; i < indexes.Length; i++)
        {
            var index = indexes[i];
            if (_skipping[index] is null) call(_visitors[index], node);
        }
        if (_skipCount == 0) return;
        for (var i = 0; i < _skipping.Length; i++)
        {
            if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
                _skipCount--;
            }
        }
    }
}
