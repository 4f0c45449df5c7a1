namespace ScoGraph.GraphQL.Types;

public sealed class InputObjectType : NamedType
{
    private readonly List<InputValueDefinition> _fields = [];
    private readonly Dictionary<string, InputValueDefinition> _fieldsByName = new(StringComparer.Ordinal);

    public InputObjectType(string name, string? description = null, IEnumerable<InputValueDefinition>? fields = null)
        : base(name, description)
    {
        if (fields is not null)
            foreach (var f in fields) AddField(f);
    }

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    /// <summary><c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set { EnsureMutable(); field = value; } }

    public InputValueDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    public void AddField(InputValueDefinition field)
    {
        EnsureMutable();
        _fields.Add(field);
        _fieldsByName.TryAdd(field.Name, field);
    }

    internal override void Freeze()
    {
        base.Freeze();
        foreach (var field in _fields) field.Freeze();
    }
}
