namespace ScoGraph.GraphQL.Types;

public sealed class UnionType : NamedType
{
    private readonly List<ObjectType> _types = [];

    public UnionType(string name, string? description = null, IEnumerable<ObjectType>? types = null) : base(name, description)
    {
        if (types is not null) _types.AddRange(types);
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Optional: names the object type of a runtime value; null falls back to the default resolution.</summary>
    public ResolveAbstractType? ResolveType { get; set { EnsureMutable(); field = value; } }

    /// <summary>Every member the SDL named, in order, including non-object types (for validation to report); empty for code-built unions.</summary>
    internal List<NamedType> DeclaredTypes { get; } = [];

    public void AddType(ObjectType type)
    {
        EnsureMutable();
        _types.Add(type);
    }
}
