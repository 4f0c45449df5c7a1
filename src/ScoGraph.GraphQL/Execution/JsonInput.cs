using System.Globalization;
using System.Text.Json;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Turns JSON (request variables and extensions) into the plain .NET shapes <see cref="GraphQLRequest"/> uses.
/// Numbers become what graphql-js would see after <c>JSON.parse</c>: an integral value is an <see cref="int"/>
/// when it fits (so <c>1.0</c> is the Int 1, as in JavaScript), a <see cref="long"/> when it does not (so the Int
/// scalar can name it in its overflow message), and anything else a <see cref="double"/>.
/// </summary>
public static class JsonInput
{
    public static object? ToObject(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ToNumber(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null, // Null and Undefined
    };

    /// <summary>Reads a JSON object as variables; null when the element is JSON null or absent.</summary>
    public static IReadOnlyDictionary<string, object?>? ToDictionaryOrNull(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? ToDictionary(element) : null;

    private static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            // JSON.parse keeps the last of duplicated keys; so do we.
            map[property.Name] = ToObject(property.Value);
        }
        return map;
    }

    private static object?[] ToList(JsonElement element)
    {
        var items = new object?[element.GetArrayLength()];
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            items[i++] = ToObject(item);
        }
        return items;
    }

    private static object ToNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var small)) return small;
        if (element.TryGetInt64(out var large)) return NarrowLong(large);

        // Fractions, exponents and huge integers: JavaScript sees a double; keep it when it is integral and fits.
        var text = element.GetRawText();
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsFinite(value) && Math.Floor(value) == value)
        {
            if (value >= int.MinValue && value <= int.MaxValue) return (int)value;
            if (Math.Abs(value) < 9.2e18) return NarrowLong((long)value);
        }
        return value;
    }

    /// <summary>Integers beyond 2^53 are not exact in JavaScript; hand the scalar the double JavaScript would see.</summary>
    private static object NarrowLong(long value) =>
        Math.Abs(value) <= (1L << 53) ? (object)value : (double)value;
}
