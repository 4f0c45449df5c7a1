using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.5.1.1 Fragment Name Uniqueness: no two fragments share a name.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node) => false;

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name.Value;
            if (_known.TryGetValue(name, out var first))
                context.Report($"There can be only one fragment named \"{name}\".", first, node.Name);
            else
                _known[name] = node.Name;
            return false;
        }
    }
}
