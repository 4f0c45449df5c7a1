using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Prints a runtime value for an error message the way graphql-js's <c>inspect</c> does
/// (strings JSON-quoted, numbers as JavaScript prints them, <c>{ a: 1 }</c>, <c>[1, 2]</c>, at most
/// 10 list items and 2 levels deep), so our messages match graphql-js's word for word.
/// </summary>
public static class ValueInspector
{
    private const int MaxListItems = 10;
    private const int MaxDepth = 2; // graphql-js counts the value itself, so nesting stops below the second level

    public static string Inspect(object? value)
    {
        var text = new StringBuilder();
        Format(text, value, 0);
        return text.ToString();
    }

    private static void Format(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case string s: AppendJsonString(text, s); break;
            case bool b: text.Append(b ? "true" : "false"); break;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case double d: text.Append(JavaScriptNumber.Format(d)); break;
            case float f: text.Append(JavaScriptNumber.Format(f)); break;
            case decimal m: text.Append(JavaScriptNumber.Format((double)m)); break;
            case char c: AppendJsonString(text, c.ToString()); break;
            case Enum e: AppendJsonString(text, e.ToString()); break;
            case IReadOnlyDictionary<string, object?> map: FormatEntries(text, map.Select(p => (p.Key, p.Value)).ToList(), depth); break;
            case IDictionary<string, object?> map: FormatEntries(text, map.Select(p => (p.Key, p.Value)).ToList(), depth); break;
            case IEnumerable sequence: FormatList(text, sequence.Cast<object?>().ToList(), depth); break;
            case IFormattable formattable when value.GetType().IsPrimitive || value is Guid or DateTime or DateTimeOffset:
                AppendJsonString(text, formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: FormatObject(text, value, depth); break;
        }
    }

    private static void FormatEntries(StringBuilder text, List<(string Key, object? Value)> entries, int depth)
    {
        if (entries.Count == 0) { text.Append("{}"); return; }
        if (depth >= MaxDepth) { text.Append("[Object]"); return; }
        text.Append("{ ");
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(entries[i].Key).Append(": ");
            Format(text, entries[i].Value, depth + 1);
        }
        text.Append(" }");
    }

    private static void FormatList(StringBuilder text, List<object?> items, int depth)
    {
        if (items.Count == 0) { text.Append("[]"); return; }
        if (depth >= MaxDepth) { text.Append("[Array]"); return; }
        text.Append('[');
        var shown = Math.Min(MaxListItems, items.Count);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0) text.Append(", ");
            Format(text, items[i], depth + 1);
        }
        var remaining = items.Count - shown;
        if (remaining == 1) text.Append(", ... 1 more item");
        else if (remaining > 1) text.Append(", ... ").Append(remaining).Append(" more items");
        text.Append(']');
    }

    /// <summary>A CLR object reads like a JavaScript object: its public readable properties.</summary>
    private static void FormatObject(StringBuilder text, object value, int depth)
    {
        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0);
        var entries = new List<(string, object?)>();
        foreach (var property in properties)
        {
            object? propertyValue;
            try { propertyValue = property.GetValue(value); }
            catch (Exception) { continue; }
            entries.Add((property.Name, propertyValue));
        }
        FormatEntries(text, entries, depth);
    }

    /// <summary>JSON.stringify's escaping: quotes, backslash, control characters; everything else as is.</summary>
    internal static void AppendJsonString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < 0x20) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }
}
