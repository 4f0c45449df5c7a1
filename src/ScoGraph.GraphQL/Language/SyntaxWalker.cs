using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Language;

/// <summary>
/// Depth-first walk over an AST, visiting children in graphql-js's order (so rules built on it report
/// errors in the same order). <see cref="Enter"/>/<see cref="Leave"/> run around every node; override a
/// <c>VisitXxx</c> method to handle one kind, and call the base method to keep walking into its children.
/// </summary>
public abstract class SyntaxWalker
{
    /// <summary>Visits a node (ignoring null): Enter, its kind's VisitXxx, Leave.</summary>
    public void Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return;
        }
        // The parser bounds nesting, but a hand-built AST or a tiny thread stack could still run out:
        // fail with an exception the caller can handle rather than a process-ending stack overflow.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Enter(node);
        switch (node)
        {
            // Deep documents recurse through here once per nesting level, so the kinds that nest are dispatched
            // right here (casts, no pattern variables: Debug builds give every pattern variable its own stack slot).
            case NameNode: VisitName((NameNode)node); break;
            case SelectionSetNode: VisitSelectionSet((SelectionSetNode)node); break;
            case FieldNode: VisitField((FieldNode)node); break;
            case ArgumentNode: VisitArgument((ArgumentNode)node); break;
            case InlineFragmentNode: VisitInlineFragment((InlineFragmentNode)node); break;
            case ListValueNode: VisitListValue((ListValueNode)node); break;
            default: Dispatch(node); break;
        }
        Leave(node);
    }

    protected virtual void Enter(SyntaxNode node)
    {
    }

    protected virtual void Leave(SyntaxNode node)
    {
    }

    protected void VisitAll<TNode>(IReadOnlyList<TNode> nodes)
        where TNode : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i]);
        }
    }

    private void Dispatch(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode: VisitDocument((DocumentNode)node); break;
            case OperationDefinitionNode: VisitOperationDefinition((OperationDefinitionNode)node); break;
            case VariableDefinitionNode: VisitVariableDefinition((VariableDefinitionNode)node); break;
            case FragmentSpreadNode: VisitFragmentSpread((FragmentSpreadNode)node); break;
            case FragmentDefinitionNode: VisitFragmentDefinition((FragmentDefinitionNode)node); break;
            case VariableNode: VisitVariable((VariableNode)node); break;
            case IntValueNode: VisitIntValue((IntValueNode)node); break;
            case FloatValueNode: VisitFloatValue((FloatValueNode)node); break;
            case StringValueNode: VisitStringValue((StringValueNode)node); break;
            case BooleanValueNode: VisitBooleanValue((BooleanValueNode)node); break;
            case NullValueNode: VisitNullValue((NullValueNode)node); break;
            case EnumValueNode: VisitEnumValue((EnumValueNode)node); break;
            case ObjectValueNode: VisitObjectValue((ObjectValueNode)node); break;
            case ObjectFieldNode: VisitObjectField((ObjectFieldNode)node); break;
            case DirectiveNode: VisitDirective((DirectiveNode)node); break;
            case NamedTypeNode: VisitNamedType((NamedTypeNode)node); break;
            case ListTypeNode: VisitListType((ListTypeNode)node); break;
            case NonNullTypeNode: VisitNonNullType((NonNullTypeNode)node); break;
            case SchemaDefinitionNode: VisitSchemaDefinition((SchemaDefinitionNode)node); break;
            case OperationTypeDefinitionNode: VisitOperationTypeDefinition((OperationTypeDefinitionNode)node); break;
            case ScalarTypeDefinitionNode: VisitScalarTypeDefinition((ScalarTypeDefinitionNode)node); break;
            case ObjectTypeDefinitionNode: VisitObjectTypeDefinition((ObjectTypeDefinitionNode)node); break;
            case FieldDefinitionNode: VisitFieldDefinition((FieldDefinitionNode)node); break;
            case InputValueDefinitionNode: VisitInputValueDefinition((InputValueDefinitionNode)node); break;
            case InterfaceTypeDefinitionNode: VisitInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node); break;
            case UnionTypeDefinitionNode: VisitUnionTypeDefinition((UnionTypeDefinitionNode)node); break;
            case EnumTypeDefinitionNode: VisitEnumTypeDefinition((EnumTypeDefinitionNode)node); break;
            case EnumValueDefinitionNode: VisitEnumValueDefinition((EnumValueDefinitionNode)node); break;
            case InputObjectTypeDefinitionNode: VisitInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node); break;
            case DirectiveDefinitionNode: VisitDirectiveDefinition((DirectiveDefinitionNode)node); break;
            case SchemaExtensionNode: VisitSchemaExtension((SchemaExtensionNode)node); break;
            case ScalarTypeExtensionNode: VisitScalarTypeExtension((ScalarTypeExtensionNode)node); break;
            case ObjectTypeExtensionNode: VisitObjectTypeExtension((ObjectTypeExtensionNode)node); break;
            case InterfaceTypeExtensionNode: VisitInterfaceTypeExtension((InterfaceTypeExtensionNode)node); break;
            case UnionTypeExtensionNode: VisitUnionTypeExtension((UnionTypeExtensionNode)node); break;
            case EnumTypeExtensionNode: VisitEnumTypeExtension((EnumTypeExtensionNode)node); break;
            case InputObjectTypeExtensionNode: VisitInputObjectTypeExtension((InputObjectTypeExtensionNode)node); break;
            default: VisitOther(node); break;
        }
    }

    /// <summary>A node kind this walker does not know (added to the AST later); nothing by default.</summary>
    protected virtual void VisitOther(SyntaxNode node)
    {
    }

    protected virtual void VisitName(NameNode node)
    {
    }

    protected virtual void VisitDocument(DocumentNode node) => VisitAll(node.Definitions);

    protected virtual void VisitOperationDefinition(OperationDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.VariableDefinitions);
        VisitAll(node.Directives);
        Visit(node.SelectionSet);
    }

    protected virtual void VisitVariableDefinition(VariableDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Variable);
        Visit(node.Type);
        Visit(node.DefaultValue);
        VisitAll(node.Directives);
    }

    protected virtual void VisitSelectionSet(SelectionSetNode node) => VisitAll(node.Selections);

    protected virtual void VisitField(FieldNode node)
    {
        Visit(node.Alias);
        Visit(node.Name);
        VisitAll(node.Arguments);
        VisitAll(node.Directives);
        Visit(node.SelectionSet);
    }

    protected virtual void VisitArgument(ArgumentNode node)
    {
        Visit(node.Name);
        Visit(node.Value);
    }

    protected virtual void VisitFragmentSpread(FragmentSpreadNode node)
    {
        Visit(node.Name);
        VisitAll(node.Directives);
    }

    protected virtual void VisitInlineFragment(InlineFragmentNode node)
    {
        Visit(node.TypeCondition);
        VisitAll(node.Directives);
        Visit(node.SelectionSet);
    }

    protected virtual void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        Visit(node.TypeCondition);
        VisitAll(node.Directives);
        Visit(node.SelectionSet);
    }

    protected virtual void VisitVariable(VariableNode node) => Visit(node.Name);

    protected virtual void VisitIntValue(IntValueNode node)
    {
    }

    protected virtual void VisitFloatValue(FloatValueNode node)
    {
    }

    protected virtual void VisitStringValue(StringValueNode node)
    {
    }

    protected virtual void VisitBooleanValue(BooleanValueNode node)
    {
    }

    protected virtual void VisitNullValue(NullValueNode node)
    {
    }

    protected virtual void VisitEnumValue(EnumValueNode node)
    {
    }

    protected virtual void VisitListValue(ListValueNode node) => VisitAll(node.Values);

    protected virtual void VisitObjectValue(ObjectValueNode node) => VisitAll(node.Fields);

    protected virtual void VisitObjectField(ObjectFieldNode node)
    {
        Visit(node.Name);
        Visit(node.Value);
    }

    protected virtual void VisitDirective(DirectiveNode node)
    {
        Visit(node.Name);
        VisitAll(node.Arguments);
    }

    protected virtual void VisitNamedType(NamedTypeNode node) => Visit(node.Name);

    protected virtual void VisitListType(ListTypeNode node) => Visit(node.Type);

    protected virtual void VisitNonNullType(NonNullTypeNode node) => Visit(node.Type);

    protected virtual void VisitSchemaDefinition(SchemaDefinitionNode node)
    {
        Visit(node.Description);
        VisitAll(node.Directives);
        VisitAll(node.OperationTypes);
    }

    protected virtual void VisitOperationTypeDefinition(OperationTypeDefinitionNode node) => Visit(node.Type);

    protected virtual void VisitScalarTypeDefinition(ScalarTypeDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);
    }

    protected virtual void VisitObjectTypeDefinition(ObjectTypeDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Interfaces);
        VisitAll(node.Directives);
        VisitAll(node.Fields);
    }

    protected virtual void VisitFieldDefinition(FieldDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Arguments);
        Visit(node.Type);
        VisitAll(node.Directives);
    }

    protected virtual void VisitInputValueDefinition(InputValueDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        Visit(node.Type);
        Visit(node.DefaultValue);
        VisitAll(node.Directives);
    }

    protected virtual void VisitInterfaceTypeDefinition(InterfaceTypeDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Interfaces);
        VisitAll(node.Directives);
        VisitAll(node.Fields);
    }

    protected virtual void VisitUnionTypeDefinition(UnionTypeDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);
        VisitAll(node.Types);
    }

    protected virtual void VisitEnumTypeDefinition(EnumTypeDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);
        VisitAll(node.Values);
    }

    protected virtual void VisitEnumValueDefinition(EnumValueDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);
    }

    protected virtual void VisitInputObjectTypeDefinition(InputObjectTypeDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);
        VisitAll(node.Fields);
    }

    protected virtual void VisitDirectiveDefinition(DirectiveDefinitionNode node)
    {
        Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Arguments);
        VisitAll(node.Locations);
    }

    protected virtual void VisitSchemaExtension(SchemaExtensionNode node)
    {
        VisitAll(node.Directives);
        VisitAll(node.OperationTypes);
    }

    protected virtual void VisitScalarTypeExtension(ScalarTypeExtensionNode node)
    {
        Visit(node.Name);
        VisitAll(node.Directives);
    }

    protected virtual void VisitObjectTypeExtension(ObjectTypeExtensionNode node)
    {
        Visit(node.Name);
        VisitAll(node.Interfaces);
        VisitAll(node.Directives);
        VisitAll(node.Fields);
    }

    protected virtual void VisitInterfaceTypeExtension(InterfaceTypeExtensionNode node)
    {
        Visit(node.Name);
        VisitAll(node.Interfaces);
        VisitAll(node.Directives);
        VisitAll(node.Fields);
    }

    protected virtual void VisitUnionTypeExtension(UnionTypeExtensionNode node)
    {
        Visit(node.Name);
        VisitAll(node.Directives);
        VisitAll(node.Types);
    }

    protected virtual void VisitEnumTypeExtension(EnumTypeExtensionNode node)
    {
        Visit(node.Name);
        VisitAll(node.Directives);
        VisitAll(node.Values);
    }

    protected virtual void VisitInputObjectTypeExtension(InputObjectTypeExtensionNode node)
    {
        Visit(node.Name);
        VisitAll(node.Directives);
        VisitAll(node.Fields);
    }
}
