using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in (a nullable variable
/// may fill a non-null position only when the variable or the position has a default), and variables filling a
/// field of a <c>@oneOf</c> input object are non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return true;
        }

        public override bool EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions[node.Variable.Name.Value] = node;
            return true;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            var schema = context.Schema;
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType) continue;
                var variableType = schema.GetTypeFromAst(definition.Type);
                if (variableType is not null &&
                    !IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
                {
                    context.Report(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition, usage.Node);
                }
                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not null and not NonNullType)
                {
                    context.Report(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition, usage.Node);
                }
            }
        }

        private static bool IsAllowed(Schema schema, IGraphQLType variableType, ValueNode? variableDefault,
            IGraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !locationHasDefault) return false;
                return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
            }
            return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
        }
    }
}
