using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Api.Schema.Scalars;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>Typed reading of coerced arguments and input objects, and the API's clear argument errors.</summary>
public static class Arguments
{
    /// <summary>The root field's knowledge time (<c>knownAt</c>); current knowledge when omitted.</summary>
    public static ReadScope ReadScope(this IResolverContext context) =>
        context.KnownAt() is DateTimeOffset knownAt ? new ReadScope(knownAt) : Nodes.ReadScope.Current;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string? String(this IResolverContext context, string name) => context.Arguments.GetValueOrDefault(name) as string;

    public static string RequiredString(this IResolverContext context, string name) =>
        context.String(name) ?? throw BadInput($"The argument \"{name}\" is required.");

    /// <summary>A <c>Date</c> argument; a string that is no date becomes an error naming the argument and the accepted form.</summary>
    public static DateOnly? Date(this IResolverContext context, string name) =>
        DateValue(context.Arguments.GetValueOrDefault(name), context.Describe(name));

    /// <summary>A <c>Date</c> field of an input object argument, e.g. <c>where.from</c>.</summary>
    public static DateOnly? Date(IReadOnlyDictionary<string, object?> input, string inputName, string field) =>
        DateValue(input.GetValueOrDefault(field), $"argument \"{inputName}.{field}\"");

    private static DateOnly? DateValue(object? value, string name) => value switch
    {
        DateOnly day => day,
        string text => throw BadInput($"Invalid value for {name}: {DateScalar.Message(ScalarText.Show(text))}"),
        _ => null,
    };

    /// <summary>The <c>knownAt</c> argument; a string that is no RFC 3339 date-time becomes an error naming it.</summary>
    public static DateTimeOffset? KnownAt(this IResolverContext context) => context.Arguments.GetValueOrDefault("knownAt") switch
    {
        DateTimeOffset instant => instant,
        string text => throw BadInput($"Invalid value for {context.Describe("knownAt")}: {DateTimeScalar.Message(ScalarText.Show(text))}"),
        _ => null,
    };

    /// <summary><c>asOf</c> (or another date argument), today (UTC) when omitted.</summary>
    public static DateOnly DateOrToday(this IResolverContext context, string name = "asOf") => context.Date(name) ?? Today;

    public static int? Int(this IResolverContext context, string name) => context.Arguments.GetValueOrDefault(name) switch
    {
        int i => i,
        long l => (int)l,
        _ => null,
    };

    public static T? Enum<T>(this IResolverContext context, string name) where T : struct, System.Enum =>
        context.Arguments.GetValueOrDefault(name) as T?;

    public static IReadOnlyList<T>? List<T>(object? value) =>
        value is IEnumerable<object?> items ? items.OfType<T>().ToArray() : null;

    public static IReadOnlyList<T>? List<T>(this IResolverContext context, string name) => List<T>(context.Arguments.GetValueOrDefault(name));

    public static IReadOnlyDictionary<string, object?> Input(this IResolverContext context, string name) =>
        context.Arguments.GetValueOrDefault(name) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    /// <summary><c>argument "asOf"</c>, or <c>argument "asOf" (variable "$day")</c> when a variable supplied it.</summary>
    private static string Describe(this IResolverContext context, string name) =>
        context.Selection.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value is VariableNode variable
            ? $"argument \"{name}\" (variable \"${variable.Name.Value}\")"
            : $"argument \"{name}\"";

    /// <summary>A field error for a bad argument, with <c>extensions.code = BAD_USER_INPUT</c>.</summary>
    public static GraphQLException BadInput(string message) =>
        new(message, new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });

    /// <summary>The error of a non-null field asked about an id the graph does not hold.</summary>
    public static GraphQLException UnknownId(string id) =>
        new($"No entity with id '{id}'.", new Dictionary<string, object?> { ["code"] = "NOT_FOUND", ["id"] = id });
}
