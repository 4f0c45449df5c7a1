using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.3.3 Leaf Field Selections: scalars and enums have no sub-selection; every other field needs one.</summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterField(FieldNode node)
        {
            if (context.Type is not { } type) return true;
            var fieldName = node.Name.Value;
            if (type.GetNamedType().IsLeafType())
            {
                if (node.SelectionSet is { } selectionSet)
                    context.Report(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
            else if (node.SelectionSet is null)
            {
                context.Report(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    node);
            }
            else if (node.SelectionSet.Selections.Count == 0)
            {
                context.Report($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", node);
            }
            return true;
        }
    }
}
