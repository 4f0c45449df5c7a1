using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

internal static partial class InputCoercion
{
    /// <summary>Stands for JavaScript's <c>undefined</c>: "no valid value" as opposed to null.</summary>
    public static readonly object Invalid = new();

    /// <summary>
    /// Coerces a literal to <paramref name="type"/> using the request's coerced variables (graphql-js valueFromAST).
    /// Returns <see cref="Invalid"/> when the literal does not fit the type; validation normally catches that first.
    /// </summary>
    public static object? ValueFromAst(ValueNode node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return Invalid;
            // A null variable in a non-null position is invalid: the value is withheld, not null.
            if (variableValue is null && type is NonNullType) return Invalid;
            return variableValue;
        }
        if (type is NonNullType nonNull)
        {
            return node is NullValueNode ? Invalid : ValueFromAst(node, nonNull.OfType, variables);
        }
        if (node is NullValueNode) return null;

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    var items = new object?[listNode.Values.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        var itemNode = listNode.Values[i];
                        if (IsMissingVariable(itemNode, variables))
                        {
                            // A missing variable inside a list reads as null, if the items may be null.
                            if (list.OfType is NonNullType) return Invalid;
                            items[i] = null;
                            continue;
                        }
                        var item = ValueFromAst(itemNode, list.OfType, variables);
                        if (ReferenceEquals(item, Invalid)) return Invalid;
                        items[i] = item;
                    }
                    return items;
                }
                var single = ValueFromAst(node, list.OfType, variables);
                return ReferenceEquals(single, Invalid) ? Invalid : new[] { single };

            case InputObjectType inputObject:
                return InputObjectFromAst(node, inputObject, variables);

            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(node, variables);
                }
                catch (Exception)
                {
                    return Invalid;
                }

            case EnumType enumType:
                try
                {
                    return enumType.ParseLiteral(node);
                }
                catch (Exception)
                {
                    return Invalid;
                }

            default:
                return Invalid;
        }
    }

    private static object? InputObjectFromAst(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode objectNode) return Invalid;
        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields) fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode);

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (TryGetDefault(field, out var defaultValue)) coerced[field.Name] = defaultValue;
                else if (field.Type is NonNullType) return Invalid;
                continue;
            }
            var value = ValueFromAst(fieldNode.Value, field.Type, variables);
            if (ReferenceEquals(value, Invalid)) return Invalid;
            coerced[field.Name] = value;
        }
        if (type.IsOneOf && (coerced.Count != 1 || coerced.First().Value is null)) return Invalid;
        return coerced;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
