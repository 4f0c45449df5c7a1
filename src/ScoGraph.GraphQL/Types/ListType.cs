namespace ScoGraph.GraphQL.Types;

/// <summary><c>[T]</c>. Two list types are equal when their item types are equal.</summary>
public sealed class ListType(IGraphQLType ofType) : IWrappingType, IEquatable<ListType>
{
    public IGraphQLType OfType { get; } = ofType;

    public TypeKind Kind => TypeKind.List;

    public bool Equals(ListType? other) => other is not null && TypeComparators.IsEqualType(OfType, other.OfType);

    public override bool Equals(object? obj) => Equals(obj as ListType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    public override string ToString() => $"[{OfType}]";
}
