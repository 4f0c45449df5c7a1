namespace ScoGraph.GraphQL.Types;

/// <summary><c>T!</c>. Never wraps another non-null type (the constructor refuses it, as graphql-js does).</summary>
public sealed class NonNullType : IWrappingType, IEquatable<NonNullType>
{
    public NonNullType(IGraphQLType ofType)
    {
        if (ofType is NonNullType)
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        OfType = ofType;
    }

    public IGraphQLType OfType { get; }

    public TypeKind Kind => TypeKind.NonNull;

    public bool Equals(NonNullType? other) => other is not null && TypeComparators.IsEqualType(OfType, other.OfType);

    public override bool Equals(object? obj) => Equals(obj as NonNullType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    public override string ToString() => $"{OfType}!";
}
