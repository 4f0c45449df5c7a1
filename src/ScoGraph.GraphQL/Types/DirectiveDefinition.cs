using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>A directive the schema knows: its arguments, whether it may repeat, and where it may appear.</summary>
public sealed class DirectiveDefinition
{
    private readonly List<InputValueDefinition> _arguments = [];

    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, string? description = null,
        IEnumerable<InputValueDefinition>? arguments = null, bool isRepeatable = false)
    {
        Name = name;
        Locations = [.. locations];
        Description = description;
        IsRepeatable = isRepeatable;
        if (arguments is not null) _arguments.AddRange(arguments);
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    public DirectiveDefinitionNode? Definition { get; init; }

    /// <summary>Non-null when the directive definition itself is <c>@deprecated</c> (graphql-js 16.15, experimental).</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>True for the five directives the spec and graphql-js define.</summary>
    public bool IsSpecified => BuiltInDirectives.IsSpecified(this);

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in _arguments)
            if (argument.Name == name) return argument;
        return null;
    }

    internal void Freeze()
    {
        foreach (var argument in _arguments) argument.Freeze();
    }

    public override string ToString() => "@" + Name;

    public static DirectiveDefinition Include => BuiltInDirectives.Include;
    public static DirectiveDefinition Skip => BuiltInDirectives.Skip;
    public static DirectiveDefinition Deprecated => BuiltInDirectives.Deprecated;
    public static DirectiveDefinition SpecifiedBy => BuiltInDirectives.SpecifiedBy;
    public static DirectiveDefinition OneOf => BuiltInDirectives.OneOf;
}
