using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

internal static partial class InputCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>
    /// The argument values of a field or directive (spec 6.4.1 CoerceArgumentValues, graphql-js getArgumentValues):
    /// literals coerced, variables substituted, defaults applied. Fails with graphql-js's message at the first problem.
    /// </summary>
    public static bool TryGetArgumentValues(
        IEnumerable<InputValueDefinition> definitions, SyntaxNode node, IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?>? variables,
        out IReadOnlyDictionary<string, object?> values, out GraphQLError error)
    {
        Dictionary<string, object?>? coerced = null;
        error = null!;
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            ArgumentNode? argumentNode = null;
            foreach (var candidate in argumentNodes)
            {
                if (candidate.Name.Value == name) { argumentNode = candidate; break; }
            }

            if (argumentNode is null)
            {
                if (TryGetDefault(definition, out var defaultValue)) (coerced ??= new(StringComparer.Ordinal))[name] = defaultValue;
                else if (definition.Type is NonNullType)
                {
                    error = GraphQLError.At($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", node);
                    values = NoArguments;
                    return false;
                }
                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (TryGetDefault(definition, out var defaultValue)) (coerced ??= new(StringComparer.Ordinal))[name] = defaultValue;
                    else if (definition.Type is NonNullType)
                    {
                        error = GraphQLError.At(
                            $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode);
                        values = NoArguments;
                        return false;
                    }
                    continue;
                }
                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                error = GraphQLError.At($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode);
                values = NoArguments;
                return false;
            }

            var value = ValueFromAst(valueNode, definition.Type, variables);
            if (ReferenceEquals(value, Invalid))
            {
                error = GraphQLError.At($"Argument \"{name}\" has invalid value {Utilities.ValueLiteralPrinter.Print(valueNode)}.", valueNode);
                values = NoArguments;
                return false;
            }
            (coerced ??= new(StringComparer.Ordinal))[name] = value;
        }
        values = coerced ?? NoArguments;
        return true;
    }

    /// <summary>The coerced default of an argument or input field; false when it has none (JavaScript's undefined).</summary>
    private static bool TryGetDefault(InputValueDefinition definition, out object? value) =>
        definition.TryGetDefaultValue(out value);
}
