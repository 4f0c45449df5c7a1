using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.5.2.1 Fragment Spread Target Defined: every spread names a fragment of the document.</summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (context.GetFragment(node.Name.Value) is null)
                context.Report($"Unknown fragment \"{node.Name.Value}\".", node.Name);
            return true;
        }
    }
}
