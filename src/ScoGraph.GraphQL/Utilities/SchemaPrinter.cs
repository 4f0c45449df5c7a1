using System.Text;
using ScoGraph.GraphQL.Introspection;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js 16's <c>printSchema</c> does: built-in scalars, directives and
/// introspection types omitted, the schema block only when needed, descriptions as block strings when they can be,
/// default values via <c>astFromValue</c>, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema) =>
        PrintFiltered(schema, d => !d.IsSpecified, t => !(t is ScalarType { IsSpecified: true }) && !IntrospectionTypes.IsIntrospectionType(t));

    /// <summary>The built-in directives and introspection types (graphql-js <c>printIntrospectionSchema</c>).</summary>
    public static string PrintIntrospectionSchema(Schema schema) =>
        PrintFiltered(schema, d => d.IsSpecified, IntrospectionTypes.IsIntrospectionType);

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } schemaDefinition) parts.Add(schemaDefinition);
        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.Types.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema)) return null;
        var operations = new List<string>();
        if (schema.QueryType is { } query) operations.Add($"  query: {query.Name}");
        if (schema.MutationType is { } mutation) operations.Add($"  mutation: {mutation.Name}");
        if (schema.SubscriptionType is { } subscription) operations.Add($"  subscription: {subscription.Name}");
        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static bool HasCommonRootNames(Schema schema) =>
        (schema.QueryType is null || schema.QueryType.Name == "Query") &&
        (schema.MutationType is null || schema.MutationType.Name == "Mutation") &&
        (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar),
        ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintInterfaces(obj) + PrintFields(obj),
        InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintInterfaces(iface) + PrintFields(iface),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name +
                           (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(enumType.Values.Select((v, i) =>
            PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") +
                                 PrintBlock(input.Fields.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string PrintInterfaces(ComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(ComplexOutputType type) =>
        PrintBlock(type.Fields.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name +
            PrintArguments(f.Arguments, "  ") + ": " + f.Type + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0) return "";
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        var text = new StringBuilder("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0) text.Append('\n');
            text.Append(PrintDescription(arguments[i].Description, "  " + indentation, i == 0))
                .Append("  ").Append(indentation).Append(PrintInputValue(arguments[i]));
        }
        return text.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (PrintDefaultValue(value) is { } defaultValue) declaration += " = " + defaultValue;
        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    /// <summary>
    /// As graphql-js, except where graphql-js throws (a default its scalar cannot turn back into a literal, such as an
    /// object for a custom scalar): there the SDL's own literal is printed, so serving the SDL never fails.
    /// </summary>
    private static string? PrintDefaultValue(InputValueDefinition value)
    {
        try
        {
            return IntrospectionTypes.PrintDefaultValue(value);
        }
        catch (Exception) when (value.DefaultValue is not null)
        {
            return ValueLiteralPrinter.Print(value.DefaultValue);
        }
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments) +
        PrintDeprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : "") +
        " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null) return "";
        return reason != "No longer supported" ? $" @deprecated(reason: {ValueLiteralPrinter.PrintString(reason)})" : " @deprecated";
    }

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {ValueLiteralPrinter.PrintString(scalar.SpecifiedByUrl)})";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var literal = BlockString.IsPrintable(description)
            ? BlockString.Print(description)
            : ValueLiteralPrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
