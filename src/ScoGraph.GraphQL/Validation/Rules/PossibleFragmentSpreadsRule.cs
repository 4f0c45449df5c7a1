using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.2.3 Fragment Spread Is Possible: a fragment is only spread where some object could be of both the
/// fragment's type and the enclosing type.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterInlineFragment(InlineFragmentNode node)
        {
            if (context.Type is { } fragmentType && fragmentType.IsCompositeType() &&
                context.ParentType is { } parentType && parentType.IsCompositeType() &&
                !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.Report(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", node);
            }
            return true;
        }

        public override bool EnterFragmentSpread(FragmentSpreadNode node)
        {
            var name = node.Name.Value;
            if (FragmentType(name) is { } fragmentType && context.ParentType is { } parentType &&
                !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.Report(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    node);
            }
            return true;
        }

        private IGraphQLType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment && context.Schema.GetTypeFromAst(fragment.TypeCondition) is { } type &&
            type.IsCompositeType() ? type : null;
    }
}
