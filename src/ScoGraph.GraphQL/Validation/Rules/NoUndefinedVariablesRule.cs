using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.8.3 All Variable Uses Defined: every variable an operation uses (also through fragments) is declared by it.</summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            _defined.Clear();
            return true;
        }

        public override bool EnterVariableDefinition(VariableDefinitionNode node)
        {
            _defined.Add(node.Variable.Name.Value);
            return true;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (_defined.Contains(name)) continue;
                context.Report(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node, operation);
            }
        }
    }
}
