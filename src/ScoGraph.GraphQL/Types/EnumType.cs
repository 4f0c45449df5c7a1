using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// An enum type. Values are looked up by name (input) and by runtime value (output) in O(1). Coercion follows
/// graphql-js 16: input must be the value's name (a string in variables, an enum literal in documents).
/// </summary>
public sealed class EnumType : NamedType
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition>? _byValue;

    public EnumType(string name, string? description = null, IEnumerable<EnumValueDefinition>? values = null)
        : base(name, description)
    {
        if (values is not null)
            foreach (var value in values) AddValue(value);
    }

    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>Values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    public void AddValue(EnumValueDefinition value)
    {
        EnsureMutable();
        _values.Add(value);
        _byName.TryAdd(value.Name, value);
    }

    /// <summary>The name of the enum value whose runtime value is <paramref name="value"/> (a .NET enum member, the name string, ...).</summary>
    public string Serialize(object? value)
    {
        var lookup = _byValue ?? BuildValueLookup();
        if (value is not null && lookup.TryGetValue(value, out var definition)) return definition.Name;
        // A .NET enum member the schema was not explicitly bound to still names its value (DialoguePartner → DIALOGUE_PARTNER).
        if (value is Enum member && GetValueByNormalizedName(member.ToString()) is { } matched) return matched.Name;
        throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Coerces a variable value: it must be a string naming one of the values.</summary>
    public object ParseValue(object? value, bool hideSuggestions = false)
    {
        if (value is not string name)
        {
            var text = ValueInspector.Inspect(value);
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-string value: {text}." +
                (hideSuggestions ? "" : DidYouMean(text)));
        }
        return GetValue(name)?.Value ?? throw new GraphQLCoercionException(
            $"Value \"{name}\" does not exist in \"{Name}\" enum." + (hideSuggestions ? "" : DidYouMean(name)));
    }

    /// <summary>Coerces a literal: it must be an enum literal naming one of the values (a string literal is refused).</summary>
    public object ParseLiteral(ValueNode literal, bool hideSuggestions = false)
    {
        if (literal is not EnumValueNode enumNode)
        {
            // Printed only here: a valid literal needs no text, and an enum literal prints as its name.
            var text = ValueLiteralPrinter.Print(literal);
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {text}." +
                (hideSuggestions ? "" : DidYouMean(text)), literal);
        }
        var name = enumNode.Value;
        return GetValue(name)?.Value ?? throw new GraphQLCoercionException(
            $"Value \"{name}\" does not exist in \"{Name}\" enum." + (hideSuggestions ? "" : DidYouMean(name)), literal);
    }

    private EnumValueDefinition? GetValueByNormalizedName(string memberName)
    {
        var normalized = Normalize(memberName);
        foreach (var value in _values)
            if (Normalize(value.Name) == normalized) return value;
        return null;
    }

    internal static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();

    private string DidYouMean(string unknown) =>
        Suggestions.DidYouMean(Suggestions.List(unknown, _values.Select(v => v.Name)), "the enum value");

    private Dictionary<object, EnumValueDefinition> BuildValueLookup()
    {
        var lookup = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in _values) lookup.TryAdd(value.Value, value);
        // Only cache once frozen: before that, values may still change.
        if (IsFrozen) _byValue = lookup;
        return lookup;
    }

    internal override void Freeze()
    {
        base.Freeze();
        foreach (var value in _values) value.Freeze();
        _byValue = null;
        BuildValueLookup();
    }
}
