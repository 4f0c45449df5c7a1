using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// Conversions between literals and runtime input values, as graphql-js's <c>valueFromAST</c>,
/// <c>valueFromASTUntyped</c> and <c>astFromValue</c> do them. Runtime shapes (the same for literals, variables
/// and defaults): input objects are <see cref="Dictionary{TKey,TValue}"/> of string to object?, lists are object?[].
/// </summary>
public static partial class InputValues
{
    /// <summary>
    /// Coerces a literal against an input type; false when it does not fit (the literal should have been
    /// validated first — this is also how defaults in the SDL are read). Variables must already be coerced.
    /// </summary>
    public static bool TryValueFromAst(ValueNode? node, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is null) return false;

        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return false;
            if (variableValue is null && type is NonNullType) return false;
            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
            return node is not NullValueNode && TryValueFromAst(node, nonNull.OfType, variables, out value);

        if (node is NullValueNode) return true;

        switch (type)
        {
            case ListType list:
            {
                var itemType = list.OfType;
                if (node is ListValueNode listNode)
                {
                    var items = new object?[listNode.Values.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        var itemNode = listNode.Values[i];
                        if (IsMissingVariable(itemNode, variables))
                        {
                            // A missing variable inside a list becomes null, unless null is not allowed there.
                            if (itemType is NonNullType) return false;
                            continue;
                        }
                        if (!TryValueFromAst(itemNode, itemType, variables, out items[i])) return false;
                    }
                    value = items;
                    return true;
                }
                if (!TryValueFromAst(node, itemType, variables, out var single)) return false;
                value = new[] { single };
                return true;
            }
            case InputObjectType inputObject:
            {
                if (node is not ObjectValueNode objectNode) return false;
                var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
                foreach (var f in objectNode.Fields) fieldNodes.TryAdd(f.Name.Value, f);
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.TryGetDefaultValue(out var defaultValue)) result[field.Name] = defaultValue;
                        else if (field.Type is NonNullType) return false;
                        continue;
                    }
                    if (!TryValueFromAst(fieldNode.Value, field.Type, variables, out var fieldValue)) return false;
                    result[field.Name] = fieldValue;
                }
                if (inputObject.IsOneOf)
                {
                    if (result.Count != 1) return false;
                    if (result.Values.First() is null) return false;
                }
                value = result;
                return true;
            }
            // A literal the type refuses, whatever the parser throws, is "no valid value"; validation reports why.
            case EnumType enumType:
                try { value = enumType.ParseLiteral(node, hideSuggestions: true); return true; }
                catch (Exception) { return false; }
            case ScalarType scalar:
                try { value = scalar.ParseLiteral(node, variables); return true; }
                catch (Exception) { return false; }
            default:
                return false;
        }
    }

    /// <summary>A coerced input value whose lists and input objects are new, so changing it leaves the original alone.</summary>
    internal static object? Copy(object? value) => value switch
    {
        object?[] list => Array.ConvertAll(list, Copy),
        Dictionary<string, object?> map => map.ToDictionary(entry => entry.Key, entry => Copy(entry.Value), StringComparer.Ordinal),
        _ => value,
    };

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>A literal's plain value without a type (custom scalars' default literal parsing).</summary>
    public static object? ValueFromAstUntyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null) => node switch
    {
        NullValueNode => null,
        IntValueNode i => ParseIntegerLiteral(i.Value),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => ValueFromAstUntyped(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.GroupBy(f => f.Name.Value)
            .ToDictionary(g => g.Key, g => ValueFromAstUntyped(g.Last().Value, variables), StringComparer.Ordinal),
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => null,
    };

    private static object ParseIntegerLiteral(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return i;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The literal for a runtime input value (graphql-js <c>astFromValue</c>); null stands for "undefined"
    /// (no literal), e.g. a null for a non-null type. Used to print default values.
    /// </summary>
    public static ValueNode? AstFromValue(object? value, IGraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = AstFromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null) return new NullValueNode();

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable sequence and not string && value is not IReadOnlyDictionary<string, object?> && value is not IDictionary<string, object?>)
                {
                    var items = new List<ValueNode>();
                    foreach (var item in sequence)
                        if (AstFromValue(item, list.OfType) is { } itemNode) items.Add(itemNode);
                    return new ListValueNode(items);
                }
                return AstFromValue(value, list.OfType);
            case InputObjectType inputObject:
            {
                Func<string, (bool, object?)>? lookup = value switch
                {
                    IReadOnlyDictionary<string, object?> map => name => map.TryGetValue(name, out var v) ? (true, v) : (false, null),
                    IDictionary<string, object?> map => name => map.TryGetValue(name, out var v) ? (true, v) : (false, null),
                    _ => null,
                };
                if (lookup is null) return null;
                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    var (present, fieldValue) = lookup(field.Name);
                    if (!present) continue;
                    if (AstFromValue(fieldValue, field.Type) is { } fieldNode)
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), fieldNode));
                }
                return new ObjectValueNode(fields);
            }
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
            {
                var serialized = scalar.Serialize(value);
                switch (serialized)
                {
                    case null: return null;
                    case bool b: return new BooleanValueNode(b);
                    case string s:
                        return ReferenceEquals(scalar, ScalarType.ID) && IntegerPattern().IsMatch(s)
                            ? new IntValueNode(s) : new StringValueNode(s);
                }
                if (JavaScriptNumbers.AsNumber(serialized) is double n && double.IsFinite(n))
                {
                    var text = JavaScriptNumbers.Format(serialized, n);
                    return IntegerPattern().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
                }
                throw new GraphQLCoercionException($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}.");
            }
            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
