using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.8.4 All Variables Used: every variable an operation declares is used by it (also through fragments).</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<VariableDefinitionNode> _definitions = [];

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return true;
        }

        public override bool EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions.Add(node);
            return true;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation)) used.Add(usage.Node.Name.Value);
            foreach (var definition in _definitions)
            {
                var name = definition.Variable.Name.Value;
                if (used.Contains(name)) continue;
                context.Report(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
