using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

internal static partial class InputCoercion
{
    private const int MaxVariableErrors = 50;

    /// <summary>
    /// CoerceVariableValues (spec 6.1.2, graphql-js getVariableValues with its limit of 50 errors):
    /// the operation's variables coerced to their declared types, defaults applied; or every problem found.
    /// </summary>
    public static bool TryCoerceVariableValues(
        Schema schema, IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyDictionary<string, object?> coerced, out List<GraphQLError> errors)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var found = new List<GraphQLError>();
        coerced = values;
        errors = found;

        try
        {
            foreach (var definition in definitions)
            {
                var name = definition.Variable.Name.Value;
                var type = schema.GetTypeFromAst(definition.Type);
                if (type is null || !type.IsInputType())
                {
                    Report(found, GraphQLError.At(
                        $"Variable \"${name}\" expected value of type \"{Utilities.ValueLiteralPrinter.Print(definition.Type)}\" which cannot be used as an input type.",
                        definition.Type));
                    continue;
                }

                if (inputs is null || !inputs.TryGetValue(name, out var input))
                {
                    if (definition.DefaultValue is { } defaultNode)
                    {
                        values[name] = Normalize(ValueFromAst(defaultNode, type, null));
                    }
                    else if (type is NonNullType)
                    {
                        Report(found, GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                    }
                    continue;
                }

                // A transport that hands over raw JSON gets the plain shapes JSON.parse would give.
                if (input is System.Text.Json.JsonElement json) input = JsonInput.ToObject(json);

                if (input is null && type is NonNullType)
                {
                    Report(found, GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                    continue;
                }

                values[name] = CoerceInputValue(input, type, (path, invalidValue, message) =>
                {
                    var prefix = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalidValue)}";
                    if (path.Count > 0) prefix += $" at \"{name}{PrintPath(path)}\"";
                    Report(found, GraphQLError.At(prefix + "; " + message, definition));
                });
            }
        }
        catch (TooManyErrors)
        {
            found.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }
        return found.Count == 0;
    }

    private static void Report(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count >= MaxVariableErrors) throw new TooManyErrors();
        errors.Add(error);
    }

    private sealed class TooManyErrors : Exception;

    /// <summary>graphql-js printPathArray: <c>.field</c> for keys, <c>[0]</c> for indexes.</summary>
    private static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : $".{key}"));

    /// <summary>An invalid default (which validation rejects) leaves the variable unset rather than holding the marker.</summary>
    private static object? Normalize(object? value) => ReferenceEquals(value, Invalid) ? null : value;
}
