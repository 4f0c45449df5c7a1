using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.8.2 Variables Are Input Types: variables are scalars, enums, input objects or lists/non-nulls of them.</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterVariableDefinition(VariableDefinitionNode node)
        {
            if (context.Schema.GetTypeFromAst(node.Type) is { } type && !type.IsInputType())
                context.Report(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{ValueLiteralPrinter.Print(node.Type)}\".",
                    node.Type);
            return true;
        }
    }
}
