using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.8.1 Variable Uniqueness: an operation declares each variable once.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            var definitions = node.VariableDefinitions;
            if (definitions.Count < 2) return true;
            // Group by name, keeping the order in which names first appear (as graphql-js's groupBy).
            var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var definition in definitions)
            {
                var name = definition.Variable.Name.Value;
                if (!groups.TryGetValue(name, out var group))
                {
                    groups[name] = group = [];
                    order.Add(name);
                }
                group.Add(definition.Variable.Name);
            }
            foreach (var name in order)
                if (groups[name].Count > 1)
                    context.Report($"There can be only one variable named \"${name}\".", groups[name]);
            return true;
        }
    }
}
