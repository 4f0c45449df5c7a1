using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Introspection;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, ...) and meta-fields (<c>__schema</c>, <c>__type</c>,
/// <c>__typename</c>) of graphql-js 16.15, as real schema types with resolvers. One frozen set is shared by every
/// schema: their resolvers read the schema from the resolver context.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly ObjectType SchemaObject = new("__Schema",
        "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    private static readonly ObjectType TypeObject = new("__Type",
        "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    private static readonly ObjectType FieldObject = new("__Field",
        "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    private static readonly ObjectType InputValueObject = new("__InputValue",
        "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    private static readonly ObjectType EnumValueObject = new("__EnumValue",
        "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    private static readonly ObjectType DirectiveObject = new("__Directive",
        "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    private static readonly EnumType TypeKindEnum = new("__TypeKind", "An enum describing what kind of type a given `__Type` is.",
    [
        new("SCALAR", TypeKind.Scalar, "Indicates this type is a scalar."),
        new("OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
        new("INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
        new("UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
        new("ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
        new("INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
        new("LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."),
        new("NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
    ]);

    private static readonly EnumType DirectiveLocationEnum = new("__DirectiveLocation",
        "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        Enum.GetValues<DirectiveLocation>().Select(l => new EnumValueDefinition(l.ToName(), l, l.Describe())));

    static IntrospectionTypes()
    {
        var type = TypeObject;
        var nonNullString = new NonNullType(ScalarType.String);
        var nonNullBoolean = new NonNullType(ScalarType.Boolean);
        static IGraphQLType ListOf(IGraphQLType t) => new ListType(new NonNullType(t));
        static InputValueDefinition IncludeDeprecated() =>
            new("includeDeprecated", ScalarType.Boolean, defaultValue: new BooleanValueNode(false));

        Add(SchemaObject, "description", ScalarType.String, null, c => Parent<Schema>(c).Description);
        Add(SchemaObject, "types", new NonNullType(ListOf(type)), "A list of all types supported by this server.", c => Parent<Schema>(c).Types);
        Add(SchemaObject, "queryType", new NonNullType(type), "The type that query operations will be rooted at.", c => Parent<Schema>(c).QueryType);
        Add(SchemaObject, "mutationType", type,
            "If this server supports mutation, the type that mutation operations will be rooted at.", c => Parent<Schema>(c).MutationType);
        Add(SchemaObject, "subscriptionType", type,
            "If this server support subscription, the type that subscription operations will be rooted at.", c => Parent<Schema>(c).SubscriptionType);
        Add(SchemaObject, "directives", new NonNullType(ListOf(DirectiveObject)), "A list of all directives supported by this server.",
            c => WithoutDeprecated(Parent<Schema>(c).Directives, d => d.IsDeprecated, IncludeDeprecatedOf(c)),
            new InputValueDefinition("includeDeprecated", nonNullBoolean, defaultValue: new BooleanValueNode(false)));

        Add(DirectiveObject, "name", nonNullString, null, c => Parent<DirectiveDefinition>(c).Name);
        Add(DirectiveObject, "description", ScalarType.String, null, c => Parent<DirectiveDefinition>(c).Description);
        Add(DirectiveObject, "isRepeatable", nonNullBoolean, null, c => Parent<DirectiveDefinition>(c).IsRepeatable);
        Add(DirectiveObject, "locations", new NonNullType(ListOf(DirectiveLocationEnum)), null, c => Parent<DirectiveDefinition>(c).Locations);
        Add(DirectiveObject, "args", new NonNullType(ListOf(InputValueObject)), null,
            c => Visible(Parent<DirectiveDefinition>(c).Arguments, c), IncludeDeprecated());
        Add(DirectiveObject, "isDeprecated", nonNullBoolean, null, c => Parent<DirectiveDefinition>(c).IsDeprecated);
        Add(DirectiveObject, "deprecationReason", ScalarType.String, null, c => Parent<DirectiveDefinition>(c).DeprecationReason);

        Add(type, "kind", new NonNullType(TypeKindEnum), null, c => Parent<IGraphQLType>(c).Kind);
        Add(type, "name", ScalarType.String, null, c => (c.Parent as NamedType)?.Name);
        Add(type, "description", ScalarType.String, null, c => (c.Parent as NamedType)?.Description);
        Add(type, "specifiedByURL", ScalarType.String, null, c => (c.Parent as ScalarType)?.SpecifiedByUrl);
        Add(type, "fields", ListOf(FieldObject), null, c => c.Parent is ComplexOutputType complex
            ? WithoutDeprecated(complex.Fields, f => f.IsDeprecated, IncludeDeprecatedOf(c))
            : null, IncludeDeprecated());
        Add(type, "interfaces", ListOf(type), null, c => (c.Parent as ComplexOutputType)?.Interfaces);
        Add(type, "possibleTypes", ListOf(type), null,
            c => c.Parent is NamedType named && named.IsAbstractType() ? c.Schema.GetPossibleTypes(named) : null);
        Add(type, "enumValues", ListOf(EnumValueObject), null, c => c.Parent is EnumType enumType
            ? WithoutDeprecated(enumType.Values, v => v.IsDeprecated, IncludeDeprecatedOf(c))
            : null, IncludeDeprecated());
        Add(type, "inputFields", ListOf(InputValueObject), null,
            c => c.Parent is InputObjectType input ? Visible(input.Fields, c) : null, IncludeDeprecated());
        Add(type, "ofType", type, null, c => (c.Parent as IWrappingType)?.OfType);
        Add(type, "isOneOf", ScalarType.Boolean, null, c => c.Parent is InputObjectType input ? input.IsOneOf : null);

        Add(FieldObject, "name", nonNullString, null, c => Parent<FieldDefinition>(c).Name);
        Add(FieldObject, "description", ScalarType.String, null, c => Parent<FieldDefinition>(c).Description);
        Add(FieldObject, "args", new NonNullType(ListOf(InputValueObject)), null,
            c => Visible(Parent<FieldDefinition>(c).Arguments, c), IncludeDeprecated());
        Add(FieldObject, "type", new NonNullType(type), null, c => Parent<FieldDefinition>(c).Type);
        Add(FieldObject, "isDeprecated", nonNullBoolean, null, c => Parent<FieldDefinition>(c).IsDeprecated);
        Add(FieldObject, "deprecationReason", ScalarType.String, null, c => Parent<FieldDefinition>(c).DeprecationReason);

        Add(InputValueObject, "name", nonNullString, null, c => Parent<InputValueDefinition>(c).Name);
        Add(InputValueObject, "description", ScalarType.String, null, c => Parent<InputValueDefinition>(c).Description);
        Add(InputValueObject, "type", new NonNullType(type), null, c => Parent<InputValueDefinition>(c).Type);
        Add(InputValueObject, "defaultValue", ScalarType.String,
            "A GraphQL-formatted string representing the default value for this input value.",
            c => PrintDefaultValue(Parent<InputValueDefinition>(c)));
        Add(InputValueObject, "isDeprecated", nonNullBoolean, null, c => Parent<InputValueDefinition>(c).IsDeprecated);
        Add(InputValueObject, "deprecationReason", ScalarType.String, null, c => Parent<InputValueDefinition>(c).DeprecationReason);

        Add(EnumValueObject, "name", nonNullString, null, c => Parent<EnumValueDefinition>(c).Name);
        Add(EnumValueObject, "description", ScalarType.String, null, c => Parent<EnumValueDefinition>(c).Description);
        Add(EnumValueObject, "isDeprecated", nonNullBoolean, null, c => Parent<EnumValueDefinition>(c).IsDeprecated);
        Add(EnumValueObject, "deprecationReason", ScalarType.String, null, c => Parent<EnumValueDefinition>(c).DeprecationReason);

        SchemaField = new FieldDefinition("__schema", new NonNullType(SchemaObject),
            "Access the current type schema of this server.", resolver: c => ValueTask.FromResult<object?>(c.Schema));
        TypeField = new FieldDefinition("__type", type, "Request the type information of a single type.",
            [new InputValueDefinition("name", nonNullString)],
            resolver: c => ValueTask.FromResult<object?>(
                c.Arguments.TryGetValue("name", out var name) && name is string s ? c.Schema.GetType(s) : null));
        TypeNameField = new FieldDefinition("__typename", nonNullString, "The name of the current Object type at runtime.",
            resolver: c => ValueTask.FromResult<object?>(c.ParentType.Name));

        // A schema freezes its types; these are shared, so freeze them once here.
        foreach (var t in All) t.Freeze();
        SchemaField.Freeze();
        TypeField.Freeze();
        TypeNameField.Freeze();
    }

    public static ObjectType SchemaType => SchemaObject;

    /// <summary><c>__schema: __Schema!</c>, available on the query type.</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query type.</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary><c>__typename: String!</c>, available on every composite type.</summary>
    public static FieldDefinition TypeNameField { get; }

    /// <summary>The eight introspection types, in the order a schema collects them.</summary>
    public static IReadOnlyList<NamedType> All { get; } =
        [SchemaObject, DirectiveObject, DirectiveLocationEnum, TypeObject, FieldObject, InputValueObject, EnumValueObject, TypeKindEnum];

    /// <summary>True for the introspection types themselves (<c>__Schema</c>, ...).</summary>
    public static bool IsIntrospectionType(NamedType type)
    {
        foreach (var candidate in All)
            if (ReferenceEquals(candidate, type)) return true;
        return false;
    }

    /// <summary>graphql-js: <c>print(astFromValue(defaultValue, type))</c>, null when there is no (valid) default.</summary>
    public static string? PrintDefaultValue(InputValueDefinition value)
    {
        if (!value.TryGetDefaultValue(out var coerced)) return null;
        var literal = InputValues.AstFromValue(coerced, value.Type);
        return literal is null ? null : ValueLiteralPrinter.Print(literal);
    }

    private static void Add(ObjectType owner, string name, IGraphQLType type, string? description,
        Func<IResolverContext, object?> resolve, params InputValueDefinition[] arguments) =>
        owner.AddField(new FieldDefinition(name, type, description, arguments,
            resolver: c => ValueTask.FromResult(resolve(c))));

    private static T Parent<T>(IResolverContext context) => (T)context.Parent!;

    private static bool IncludeDeprecatedOf(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static IReadOnlyList<InputValueDefinition> Visible(IReadOnlyList<InputValueDefinition> values, IResolverContext context) =>
        WithoutDeprecated(values, v => v.IsDeprecated, IncludeDeprecatedOf(context));

    /// <summary>The list itself when nothing needs hiding (the common case: no allocation), else a filtered copy.</summary>
    private static IReadOnlyList<T> WithoutDeprecated<T>(IReadOnlyList<T> items, Func<T, bool> isDeprecated, bool includeDeprecated)
    {
        if (includeDeprecated) return items;
        for (var i = 0; i < items.Count; i++)
            if (isDeprecated(items[i])) return items.Where(item => !isDeprecated(item)).ToList();
        return items;
    }
}
