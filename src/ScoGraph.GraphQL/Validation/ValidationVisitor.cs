using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation;

/// <summary>
/// Callbacks a rule receives while the document is walked once for all rules (like graphql-js's parallel visitor).
/// An <c>Enter...</c> method returning false skips that node's children for this visitor only (and its
/// <c>Leave...</c> call). Only overridden methods are ever called, so a rule pays only for the nodes it inspects.
/// When an <c>Enter</c> runs, the context's type information already describes the node; when a <c>Leave</c> runs,
/// it still does.
/// </summary>
public abstract class ValidationVisitor
{
    public virtual bool EnterDocument(DocumentNode node) => true;
    public virtual void LeaveDocument(DocumentNode node) { }
    public virtual bool EnterOperationDefinition(OperationDefinitionNode node) => true;
    public virtual void LeaveOperationDefinition(OperationDefinitionNode node) { }
    public virtual bool EnterVariableDefinition(VariableDefinitionNode node) => true;
    public virtual void LeaveVariableDefinition(VariableDefinitionNode node) { }
    public virtual bool EnterVariable(VariableNode node) => true;
    public virtual void LeaveVariable(VariableNode node) { }
    public virtual bool EnterSelectionSet(SelectionSetNode node) => true;
    public virtual void LeaveSelectionSet(SelectionSetNode node) { }
    public virtual bool EnterField(FieldNode node) => true;
    public virtual void LeaveField(FieldNode node) { }
    public virtual bool EnterArgument(ArgumentNode node) => true;
    public virtual void LeaveArgument(ArgumentNode node) { }
    public virtual bool EnterFragmentSpread(FragmentSpreadNode node) => true;
    public virtual void LeaveFragmentSpread(FragmentSpreadNode node) { }
    public virtual bool EnterInlineFragment(InlineFragmentNode node) => true;
    public virtual void LeaveInlineFragment(InlineFragmentNode node) { }
    public virtual bool EnterFragmentDefinition(FragmentDefinitionNode node) => true;
    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }
    public virtual bool EnterDirective(DirectiveNode node) => true;
    public virtual void LeaveDirective(DirectiveNode node) { }
    public virtual bool EnterNamedType(NamedTypeNode node) => true;
    public virtual void LeaveNamedType(NamedTypeNode node) { }
    public virtual bool EnterListType(ListTypeNode node) => true;
    public virtual void LeaveListType(ListTypeNode node) { }
    public virtual bool EnterNonNullType(NonNullTypeNode node) => true;
    public virtual void LeaveNonNullType(NonNullTypeNode node) { }

    /// <summary>Scalar and enum literals: Int, Float, String, Boolean, Null and Enum values.</summary>
    public virtual bool EnterScalarValue(ValueNode node) => true;
    public virtual void LeaveScalarValue(ValueNode node) { }
    public virtual bool EnterListValue(ListValueNode node) => true;
    public virtual void LeaveListValue(ListValueNode node) { }
    public virtual bool EnterObjectValue(ObjectValueNode node) => true;
    public virtual void LeaveObjectValue(ObjectValueNode node) { }
    public virtual bool EnterObjectField(ObjectFieldNode node) => true;
    public virtual void LeaveObjectField(ObjectFieldNode node) { }

    /// <summary>
    /// Any type-system node (definitions and extensions of the schema, types, fields, arguments, enum values,
    /// directives, operation types). Executable documents should not contain them, but they are still walked so
    /// the rules report on them exactly as graphql-js does.
    /// </summary>
    public virtual bool EnterTypeSystemNode(SyntaxNode node) => true;
    public virtual void LeaveTypeSystemNode(SyntaxNode node) { }
}
