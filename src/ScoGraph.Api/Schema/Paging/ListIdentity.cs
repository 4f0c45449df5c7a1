using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ScoGraph.Api.Schema.Resolvers;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Paging;

/// <summary>
/// Which list a cursor belongs to: the field, its order and its <c>where</c> filter. The store's keyset cursor is
/// handed out wrapped with them, so a cursor of another list, order or filter is refused with a clear
/// <c>BAD_USER_INPUT</c> instead of silently giving an empty or wrong page. Store cursors stay as adapters make them.
/// </summary>
public sealed record ListIdentity(string List, string OrderTag, string FilterTag)
{
    private const string FormatTag = "l1";

    /// <summary>The identity of the list <paramref name="context"/> resolves, in <paramref name="order"/>.</summary>
    public static ListIdentity Of(IResolverContext context, EntityOrder order) => new(
        context.Field.Name,
        Tag(order.ToString()),
        Tag(Canonical(context.Arguments.GetValueOrDefault("where"))));

    /// <summary>The cursor clients get for a store cursor of this list.</summary>
    public string Wrap(string storeCursor)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { FormatTag, List, OrderTag, FilterTag, storeCursor });
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The store cursor inside a client's cursor of this list; a clear field error when it is not one.</summary>
    public string Unwrap(string cursor, string argument)
    {
        string[]? parts = null;
        try
        {
            if (cursor.Length <= 8192)
            {
                var base64 = cursor.Replace('-', '+').Replace('_', '/');
                base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
                parts = JsonSerializer.Deserialize<string[]>(Convert.FromBase64String(base64));
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
        }
        if (parts is not [FormatTag, { } list, { } orderTag, { } filterTag, { } storeCursor])
        {
            throw Arguments.BadInput($"The argument \"{argument}\" is not a cursor this server handed out: \"{Shorten(cursor)}\".");
        }
        if (list != List)
        {
            throw Arguments.BadInput($"The argument \"{argument}\" is a cursor of the list \"{list}\", not of \"{List}\".");
        }
        if (orderTag != OrderTag)
        {
            throw Arguments.BadInput($"The argument \"{argument}\" is a cursor of this list in another order; page with the \"order\" it came from.");
        }
        if (filterTag != FilterTag)
        {
            throw Arguments.BadInput($"The argument \"{argument}\" is a cursor of this list with another \"where\"; page with the filter it came from.");
        }
        return storeCursor;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>Short and stable: equal texts, equal tags; a collision only lets a foreign cursor through as before.</summary>
    private static string Tag(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 6);

    /// <summary>An argument value as text with keys sorted, so equal filters give equal tags whatever their order.</summary>
    private static string Canonical(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        IReadOnlyDictionary<string, object?> map =>
            "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Canonical(p.Value))) + "}",
        System.Collections.IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Canonical)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
