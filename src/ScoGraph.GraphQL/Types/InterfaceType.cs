namespace ScoGraph.GraphQL.Types;

public sealed class InterfaceType : ComplexOutputType
{
    public InterfaceType(string name, string? description = null) : base(name, description) { }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Optional: names the object type of a runtime value; null falls back to the default resolution.</summary>
    public ResolveAbstractType? ResolveType { get; set { EnsureMutable(); field = value; } }
}
