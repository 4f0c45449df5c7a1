using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>A field of an object or interface type: its arguments, type, deprecation and resolver.</summary>
public sealed class FieldDefinition
{
    private readonly List<InputValueDefinition> _arguments = [];
    private bool _frozen;

    public FieldDefinition(string name, IGraphQLType type, string? description = null,
        IEnumerable<InputValueDefinition>? arguments = null, string? deprecationReason = null, FieldResolver? resolver = null)
    {
        Name = name;
        Type = type;
        Description = description;
        DeprecationReason = deprecationReason;
        Resolver = resolver;
        if (arguments is not null) _arguments.AddRange(arguments);
    }

    public string Name { get; }

    public IGraphQLType Type { get; }

    public string? Description { get; set { EnsureMutable(); field = value; } }

    /// <summary>Arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    /// <summary>Non-null when the field is <c>@deprecated</c> (the default reason is "No longer supported").</summary>
    public string? DeprecationReason { get; set { EnsureMutable(); field = value; } }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>
    /// The resolver bound to this field; null means the executor's default resolver (a property of the parent
    /// matched case-insensitively, or a dictionary key).
    /// </summary>
    public FieldResolver? Resolver { get; set { EnsureMutable(); field = value; } }

    /// <summary>
    /// The most items this list field returns (its documented maximum, like HotChocolate's <c>@listSize</c>): the cost
    /// analysis multiplies what it selects by this instead of the default list size. Null for unbounded or non-lists.
    /// </summary>
    public int? ListSize { get; set { EnsureMutable(); field = value; } }

    /// <summary>
    /// The list argument whose length bounds this list (one item per entry, e.g. <c>nodes(ids:)</c>): when a request
    /// gives it, the cost analysis weighs the list by the entries given instead of <see cref="ListSize"/>.
    /// </summary>
    public string? ListSizeArgument { get; set { EnsureMutable(); field = value; } }

    /// <summary>The SDL node this field came from; null for fields built in code.</summary>
    public FieldDefinitionNode? Definition { get; set { EnsureMutable(); field = value; } }

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in _arguments)
            if (argument.Name == name) return argument;
        return null;
    }

    internal void Freeze()
    {
        _frozen = true;
        foreach (var argument in _arguments) argument.Freeze();
    }

    private void EnsureMutable()
    {
        if (_frozen) throw new InvalidOperationException($"The field \"{Name}\" belongs to a built schema and can no longer be changed.");
    }

    public override string ToString() => Name;
}
