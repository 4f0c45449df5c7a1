using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// The base of every named type. Types are built (and may be changed) until a <see cref="Schema"/> is created
/// from them; the schema then freezes them, so a served schema can be shared by every request without locks.
/// </summary>
public abstract class NamedType : IGraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; set { EnsureMutable(); field = value; } }

    public abstract TypeKind Kind { get; }

    /// <summary>The SDL definition this type came from; null for types built in code.</summary>
    public TypeDefinitionNode? Definition { get; set { EnsureMutable(); field = value; } }

    /// <summary>The <c>extend ...</c> nodes that added to this type, in document order.</summary>
    public IReadOnlyList<TypeExtensionNode> Extensions { get; private set; } = [];

    /// <summary>True once a schema owns this type; from then on every setter throws.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>Free slot for hosts (e.g. the CLR type a <c>BindType&lt;T&gt;</c> mapped to this type).</summary>
    public Type? RuntimeType { get; set { EnsureMutable(); field = value; } }

    internal void AddExtension(TypeExtensionNode node)
    {
        EnsureMutable();
        Extensions = [.. Extensions, node];
    }

    internal virtual void Freeze() => IsFrozen = true;

    protected void EnsureMutable()
    {
        if (IsFrozen)
            throw new InvalidOperationException($"The type \"{Name}\" belongs to a built schema and can no longer be changed.");
    }

    public override string ToString() => Name;
}
