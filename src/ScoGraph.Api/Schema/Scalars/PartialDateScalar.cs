using ScoGraph.Domain.Time;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Scalars;

/// <summary><c>PartialDate</c>: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> ↔ the domain <see cref="PartialDate"/>.</summary>
public static class PartialDateScalar
{
    public const string Name = "PartialDate";

    public static SchemaBuilder BindPartialDate(this SchemaBuilder builder) =>
        builder.BindScalar(Name, Serialize, value => Parse(value, () => ScalarText.Show(value)),
            (literal, _) => literal is StringValueNode s ? Parse(s.Value, () => ScalarText.Show(literal)) : throw Problem(ScalarText.Show(literal), null));

    private static object Serialize(object? value) => value switch
    {
        PartialDate date => date.ToString(),
        string text when PartialDate.TryParse(text, out var date) => date.ToString(),
        _ => throw new GraphQLCoercionException($"PartialDate cannot represent {ScalarText.Show(value)}."),
    };

    /// <summary>
    /// A string that is not a partial date passes as the raw string, so the resolver reading it can name its argument
    /// or input field in the error (mutations report it as a ValidationError); any other JSON value is refused here.
    /// </summary>
    private static object Parse(object? value, Func<string> shown) => value switch
    {
        string text when PartialDate.TryParse(text, out var date) => date,
        string text => text,
        _ => throw Problem(shown(), null),
    };

    /// <summary>What is wrong with a text as a partial date (the accepted forms and the domain's reason); null when it is one.</summary>
    public static string? ProblemWith(string text) =>
        PartialDate.TryParse(text, out _, out var error) ? null : Message(ScalarText.Show(text), Reason(error));

    /// <summary>The domain's reason after its own "(accepted: ...)" part, e.g. "month 13 does not exist".</summary>
    private static string? Reason(string error)
    {
        var colon = error.LastIndexOf("): ", StringComparison.Ordinal);
        return colon < 0 ? null : error[(colon + 3)..];
    }

    private static GraphQLCoercionException Problem(string shown, string? reason) => new(Message(shown, reason));

    public static string Message(string shown, string? reason) =>
        $"PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2006\", \"2006-05\" or \"2006-05-16\"; got {shown}" +
            (reason is null ? "." : $" ({reason}).");
}
