using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// One value of an enum type. <see cref="Value"/> is what resolvers receive for it and what they return for it
/// (by default the name itself as a string; bound to a .NET enum member when the enum is mapped).
/// </summary>
public sealed class EnumValueDefinition
{
    private bool _frozen;

    public EnumValueDefinition(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        Name = name;
        Value = value ?? name;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    /// <summary>The runtime value this enum value maps to.</summary>
    public object Value { get; set { EnsureMutable(); field = value; } }

    public string? Description { get; set { EnsureMutable(); field = value; } }

    public string? DeprecationReason { get; set { EnsureMutable(); field = value; } }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? Definition { get; set { EnsureMutable(); field = value; } }

    internal void Freeze() => _frozen = true;

    private void EnsureMutable()
    {
        if (_frozen) throw new InvalidOperationException($"The enum value \"{Name}\" belongs to a built schema and can no longer be changed.");
    }

    public override string ToString() => Name;
}
