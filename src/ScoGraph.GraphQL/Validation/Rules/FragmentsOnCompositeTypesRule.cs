using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.3 Fragments On Composite Types: fragments condition only on objects, interfaces and unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is { } condition && context.Schema.GetTypeFromAst(condition) is { } type && !type.IsCompositeType())
                context.Report($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
            return true;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (context.Schema.GetTypeFromAst(node.TypeCondition) is { } type && !type.IsCompositeType())
                context.Report(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                    node.TypeCondition);
            return true;
        }
    }
}
