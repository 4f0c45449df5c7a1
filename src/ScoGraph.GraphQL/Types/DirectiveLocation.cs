namespace ScoGraph.GraphQL.Types;

/// <summary>Where a directive may appear (spec 3.13). <see cref="DirectiveLocations.ToName"/> gives the SDL spelling.</summary>
public enum DirectiveLocation
{
    // Executable locations
    Query, Mutation, Subscription, Field, FragmentDefinition, FragmentSpread, InlineFragment, VariableDefinition,
    // Type-system locations
    Schema, Scalar, Object, FieldDefinition, ArgumentDefinition, Interface, Union, Enum, EnumValue, InputObject,
    InputFieldDefinition,
    /// <summary>graphql-js 16.15's experimental location (for <c>@deprecated</c> on directive definitions).</summary>
    DirectiveDefinition,
}

public static class DirectiveLocations
{
    private static readonly Dictionary<string, DirectiveLocation> ByName =
        Enum.GetValues<DirectiveLocation>().ToDictionary(ToName, l => l, StringComparer.Ordinal);

    /// <summary>The SDL name, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(this DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        DirectiveLocation.InputFieldDefinition => "INPUT_FIELD_DEFINITION",
        DirectiveLocation.DirectiveDefinition => "DIRECTIVE_DEFINITION",
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };

    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    /// <summary>The location descriptions introspection reports for <c>__DirectiveLocation</c>.</summary>
    public static string Describe(this DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "Location adjacent to a query operation.",
        DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        DirectiveLocation.Field => "Location adjacent to a field.",
        DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        DirectiveLocation.VariableDefinition => "Location adjacent to a variable definition.",
        DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        DirectiveLocation.Object => "Location adjacent to an object type definition.",
        DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        DirectiveLocation.Union => "Location adjacent to a union definition.",
        DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        DirectiveLocation.InputFieldDefinition => "Location adjacent to an input object field definition.",
        DirectiveLocation.DirectiveDefinition => "Location adjacent to a directive definition.",
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };
}
