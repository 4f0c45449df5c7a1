namespace ScoGraph.GraphQL.Types;

/// <summary>The eight kinds of types introspection reports (spec 4.2 <c>__TypeKind</c>).</summary>
public enum TypeKind { Scalar, Object, Interface, Union, Enum, InputObject, List, NonNull }

/// <summary>
/// Any GraphQL type: a named type or a <see cref="ListType"/>/<see cref="NonNullType"/> wrapper around one.
/// <c>ToString()</c> prints the type reference as SDL writes it, e.g. <c>[Int!]!</c>.
/// </summary>
public interface IGraphQLType
{
    TypeKind Kind { get; }
}

/// <summary>A type that wraps another one (list or non-null).</summary>
public interface IWrappingType : IGraphQLType
{
    IGraphQLType OfType { get; }
}
