using System.Collections;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Input coercion (spec 5.6 / 6.1.2 / 6.4.1), with graphql-js 16's behaviour and messages: coercing runtime
/// values (variables), literals (arguments written in the document) and the argument map of a field or directive.
/// </summary>
internal static partial class InputCoercion
{
    /// <summary>Reports one coercion problem: the path inside the value, the offending value, and the message.</summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);

    /// <summary>
    /// Coerces a runtime value (e.g. a JSON variable) to <paramref name="type"/> (graphql-js coerceInputValue).
    /// Reports every problem through <paramref name="onError"/>; the returned value is meaningless if any was reported.
    /// </summary>
    public static object? CoerceInputValue(object? value, IGraphQLType type, ErrorHandler onError, List<object>? path = null)
    {
        path ??= [];
        if (type is NonNullType nonNull)
        {
            if (value is not null) return CoerceInputValue(value, nonNull.OfType, onError, path);
            onError(path.ToArray(), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }
        if (value is null) return null;

        switch (type)
        {
            case ListType list:
                if (IsList(value, out var items))
                {
                    var coerced = new object?[items.Count];
                    for (var i = 0; i < coerced.Length; i++)
                    {
                        path.Add(i);
                        coerced[i] = CoerceInputValue(items[i], list.OfType, onError, path);
                        path.RemoveAt(path.Count - 1);
                    }
                    return coerced;
                }
                // A single value where a list is expected is a list of one (spec 3.11 input coercion).
                return new[] { CoerceInputValue(value, list.OfType, onError, path) };

            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, onError, path);

            case ScalarType or EnumType:
                return CoerceLeaf(value, type, onError, path);

            default:
                onError(path.ToArray(), value, $"Expected type \"{type}\" to be an input type.");
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType type, ErrorHandler onError, List<object> path)
    {
        if (!IsObject(value, out var fields))
        {
            onError(path.ToArray(), value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (TryGetDefault(field, out var defaultValue)) coerced[field.Name] = defaultValue;
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }
                continue;
            }
            path.Add(field.Name);
            coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var name in fields.Keys)
        {
            if (type.GetField(name) is not null) continue;
            var suggestions = Utilities.Suggestions.DidYouMean(Utilities.Suggestions.List(name, type.Fields.Select(f => f.Name)));
            onError(path.ToArray(), value, $"Field \"{name}\" is not defined by type \"{type.Name}\".{suggestions}");
        }
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path.ToArray(), value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            if (coerced.Count > 0)
            {
                var (key, single) = coerced.First();
                if (single is null) onError([.. path, key], null, $"Field \"{key}\" must be non-null.");
            }
        }
        return coerced;
    }

    private static object? CoerceLeaf(object value, IGraphQLType type, ErrorHandler onError, List<object> path)
    {
        try
        {
            return type switch
            {
                ScalarType scalar => scalar.ParseValue(value),
                EnumType enumType => enumType.ParseValue(value),
                _ => null,
            };
        }
        catch (GraphQLCoercionException error)
        {
            onError(path.ToArray(), value, error.Message);
        }
        catch (Exception error)
        {
            onError(path.ToArray(), value, $"Expected type \"{((NamedType)type).Name}\". {error.Message}");
        }
        return null;
    }

    /// <summary>Lists as graphql-js sees them: any iterable object except a string or a map.</summary>
    private static bool IsList(object value, out IList items)
    {
        switch (value)
        {
            case string or IReadOnlyDictionary<string, object?> or IDictionary:
                items = Array.Empty<object>();
                return false;
            case IList list:
                items = list;
                return true;
            case IEnumerable sequence:
                items = sequence.Cast<object?>().ToList();
                return true;
            default:
                items = Array.Empty<object>();
                return false;
        }
    }

    private static bool IsObject(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                fields = map;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = dictionary.AsReadOnly();
                return true;
            default:
                fields = null!;
                return false;
        }
    }
}
