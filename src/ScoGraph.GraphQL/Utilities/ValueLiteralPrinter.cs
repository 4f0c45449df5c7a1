using System.Globalization;
using System.Text;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Utilities;

/// <summary>
/// Prints value literals and type references exactly as graphql-js's <c>print</c> does (values never wrap). The one
/// printer for them: the document printer, coercion messages, and default values in introspection and the schema printer.
/// </summary>
public static class ValueLiteralPrinter
{
    public static string Print(ValueNode node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    public static string Print(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static void Append(StringBuilder text, ValueNode node)
    {
        switch (node)
        {
            case VariableNode v: text.Append('$').Append(v.Name.Value); break;
            case IntValueNode i: text.Append(i.Value); break;
            case FloatValueNode f: text.Append(f.Value); break;
            case StringValueNode { Block: true } s: text.Append(BlockString.Print(s.Value)); break;
            case StringValueNode s: AppendString(text, s.Value); break;
            case BooleanValueNode b: text.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: text.Append("null"); break;
            case EnumValueNode e: text.Append(e.Value); break;
            case ListValueNode list:
                text.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Append(text, list.Values[i]);
                }
                text.Append(']');
                break;
            case ObjectValueNode obj:
                text.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    text.Append(obj.Fields[i].Name.Value).Append(": ");
                    Append(text, obj.Fields[i].Value);
                }
                text.Append('}');
                break;
            default: throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown value node.");
        }
    }

    /// <summary>graphql-js's printString: escapes quotes, backslashes, C0 and C1 control characters.</summary>
    public static string PrintString(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        AppendString(text, value);
        return text.ToString();
    }

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                default:
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }
}
