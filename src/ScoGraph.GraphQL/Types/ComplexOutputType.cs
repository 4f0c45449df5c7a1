namespace ScoGraph.GraphQL.Types;

/// <summary>What object and interface types share: ordered fields (looked up by name in O(1)) and implemented interfaces.</summary>
public abstract class ComplexOutputType : NamedType
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    protected ComplexOutputType(string name, string? description) : base(name, description) { }

    /// <summary>Fields in definition order (extensions' fields after the definition's).</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <summary>Interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>
    /// Every type the SDL named after <c>implements</c>, in order, including ones that are not interfaces (kept only so
    /// validation can report them where graphql-js does); empty for types built in code.
    /// </summary>
    internal List<NamedType> DeclaredInterfaces { get; } = [];

    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Adds a field; a second field of the same name is kept in <see cref="Fields"/> only for validation to report.</summary>
    public void AddField(FieldDefinition field)
    {
        EnsureMutable();
        _fields.Add(field);
        _fieldsByName.TryAdd(field.Name, field);
    }

    public void AddInterface(InterfaceType type)
    {
        EnsureMutable();
        _interfaces.Add(type);
    }

    public bool Implements(InterfaceType type)
    {
        foreach (var candidate in _interfaces)
            if (ReferenceEquals(candidate, type)) return true;
        return false;
    }

    internal override void Freeze()
    {
        base.Freeze();
        foreach (var field in _fields) field.Freeze();
    }
}
