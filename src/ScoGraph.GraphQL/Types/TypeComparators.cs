namespace ScoGraph.GraphQL.Types;

/// <summary>Type equality and the covariance rules of the spec (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>Same named type (by identity) under the same wrappers.</summary>
    public static bool IsEqualType(IGraphQLType a, IGraphQLType b)
    {
        if (ReferenceEquals(a, b)) return true;
        return (a, b) switch
        {
            (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
            (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
            _ => false,
        };
    }

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/>:
    /// non-null may narrow a nullable type, lists are covariant, and an object/interface may stand for an
    /// abstract type it belongs to.
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType)) return true;

        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull)
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);

        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType) return false;

        return superType.IsAbstractType() && maybeSubType is InterfaceType or ObjectType &&
               schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether two composite types may have a runtime object in common (used by fragment validation).</summary>
    public static bool DoTypesOverlap(Schema schema, IGraphQLType typeA, IGraphQLType typeB)
    {
        if (ReferenceEquals(typeA, typeB)) return true;
        if (typeA.IsAbstractType())
        {
            var a = (NamedType)typeA;
            if (typeB.IsAbstractType())
            {
                foreach (var type in schema.GetPossibleTypes(a))
                    if (schema.IsSubType((NamedType)typeB, type)) return true;
                return false;
            }
            return typeB is NamedType b && schema.IsSubType(a, b);
        }
        if (typeB.IsAbstractType() && typeA is NamedType named)
            return schema.IsSubType((NamedType)typeB, named);
        return false;
    }
}
