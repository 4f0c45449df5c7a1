namespace ScoGraph.GraphQL.Types;

public sealed class ObjectType : ComplexOutputType
{
    public ObjectType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used when resolving an interface or union to this type.</summary>
    public IsTypeOf? IsTypeOf { get; set { EnsureMutable(); field = value; } }
}
