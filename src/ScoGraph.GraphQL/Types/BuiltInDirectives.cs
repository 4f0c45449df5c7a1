using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>@include, @skip, @deprecated, @specifiedBy and @oneOf as graphql-js 16 defines them (same descriptions).</summary>
internal static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = Frozen(new DirectiveDefinition("include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [new InputValueDefinition("if", new NonNullType(ScalarType.Boolean), "Included when true.")]));

    public static readonly DirectiveDefinition Skip = Frozen(new DirectiveDefinition("skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [new InputValueDefinition("if", new NonNullType(ScalarType.Boolean), "Skipped when true.")]));

    public static readonly DirectiveDefinition Deprecated = Frozen(new DirectiveDefinition("deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue,
         DirectiveLocation.DirectiveDefinition],
        "Marks an element of a GraphQL schema as no longer supported.",
        [new InputValueDefinition("reason", ScalarType.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode(DefaultDeprecationReason))]));

    public static readonly DirectiveDefinition SpecifiedBy = Frozen(new DirectiveDefinition("specifiedBy",
        [DirectiveLocation.Scalar],
        "Exposes a URL that specifies the behavior of this scalar.",
        [new InputValueDefinition("url", new NonNullType(ScalarType.String), "The URL that specifies the behavior of this scalar.")]));

    public static readonly DirectiveDefinition OneOf = Frozen(new DirectiveDefinition("oneOf",
        [DirectiveLocation.InputObject],
        "Indicates exactly one field must be supplied and this field must not be `null`."));

    /// <summary>In graphql-js's <c>specifiedDirectives</c> order.</summary>
    public static readonly IReadOnlyList<DirectiveDefinition> All = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(DirectiveDefinition directive) =>
        directive.Name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    private static DirectiveDefinition Frozen(DirectiveDefinition directive)
    {
        directive.Freeze();
        return directive;
    }
}
