namespace ScoGraph.GraphQL.Types;

/// <summary>The type predicates of the spec and graphql-js (<c>isInputType</c>, <c>getNamedType</c>, ...).</summary>
public static class TypeHelpers
{
    /// <summary>The named type at the core of any wrappers (<c>[Int!]!</c> → <c>Int</c>).</summary>
    public static NamedType GetNamedType(this IGraphQLType type)
    {
        while (type is IWrappingType wrapper) type = wrapper.OfType;
        return (NamedType)type;
    }

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IGraphQLType GetNullableType(this IGraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>Scalars, enums, input objects and wrappers of them.</summary>
    public static bool IsInputType(this IGraphQLType type) =>
        type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums and wrappers of them.</summary>
    public static bool IsOutputType(this IGraphQLType type) =>
        type.GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public static bool IsLeafType(this IGraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this IGraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this IGraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>A non-null argument or input field without a default must be provided (graphql-js <c>isRequiredArgument</c>).</summary>
    public static bool IsRequired(this InputValueDefinition value) => value.Type is NonNullType && !value.HasDefaultValue;
}
