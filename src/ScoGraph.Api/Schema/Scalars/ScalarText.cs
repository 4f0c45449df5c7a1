using System.Text.Json;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.Api.Schema.Scalars;

/// <summary>Shared pieces of the custom scalars: how a bad input is shown in an error.</summary>
internal static class ScalarText
{
    /// <summary>The input as the client wrote it: strings quoted, other JSON values as JSON.</summary>
    public static string Show(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s.Length > 60 ? s[..60] + "…" : s),
        JsonElement e => e.GetRawText(),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };

    public static string Show(ValueNode literal) => literal switch
    {
        StringValueNode s => Show(s.Value),
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode => "a list",
        ObjectValueNode => "an object",
        _ => literal.GetType().Name,
    };
}
