using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Which object type a value of an interface or union is, when the abstract type has no ResolveType of its own:
/// a string <c>__typename</c> key or property (graphql-js's default), else the first possible type whose
/// IsTypeOf accepts the value; then, as .NET conveniences where graphql-js would fail, the possible type bound to
/// the value's CLR class (<see cref="NamedType.RuntimeType"/>), else the one named like that class.
/// </summary>
internal static class DefaultTypeResolver
{
    public static string? Resolve(Schema schema, NamedType abstractType, object value, IResolverContext context)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is string typeName:
                return typeName;
            case IDictionary<string, object?> dictionary when dictionary.TryGetValue("__typename", out var name) && name is string typeName:
                return typeName;
        }
        if (PropertyAccessors.Get(value.GetType(), "__typename")?.Invoke(value) is string declared) return declared;

        var possibleTypes = schema.GetPossibleTypes(abstractType);
        foreach (var type in possibleTypes)
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value, context)) return type.Name;
        }
        foreach (var type in possibleTypes)
        {
            if (type.RuntimeType is { } bound && bound.IsInstanceOfType(value)) return type.Name;
        }
        var clrName = value.GetType().Name;
        foreach (var type in possibleTypes)
        {
            if (type.Name == clrName && type.IsTypeOf is null && type.RuntimeType is null) return type.Name;
        }
        return null;
    }
}
