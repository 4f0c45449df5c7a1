using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.2.1.1 Operation Name Uniqueness: no two operations share a name.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is { } name)
            {
                if (_known.TryGetValue(name.Value, out var first))
                    context.Report($"There can be only one operation named \"{name.Value}\".", first, name);
                else
                    _known[name.Value] = name;
            }
            return false;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;
    }
}
