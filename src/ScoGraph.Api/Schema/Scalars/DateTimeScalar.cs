using System.Globalization;
using System.Text.RegularExpressions;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Scalars;

/// <summary><c>DateTime</c>: an RFC 3339 date-time with offset ↔ a UTC <see cref="DateTimeOffset"/>.</summary>
public static partial class DateTimeScalar
{
    public const string Name = "DateTime";

    public static SchemaBuilder BindDateTime(this SchemaBuilder builder) =>
        builder.BindScalar(Name, Serialize, value => Parse(value, () => ScalarText.Show(value)),
            (literal, _) => literal is StringValueNode s ? Parse(s.Value, () => ScalarText.Show(literal)) : throw Problem(ScalarText.Show(literal)));

    /// <summary>UTC, with as many fraction digits as needed: <c>2024-07-04T12:00:00Z</c>, <c>2024-07-04T12:00:00.1234567Z</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static object Serialize(object? value) => value switch
    {
        DateTimeOffset instant => Format(instant),
        DateTime time => Format(new DateTimeOffset(DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : time.Kind))),
        _ => throw new GraphQLCoercionException($"DateTime cannot represent {ScalarText.Show(value)}."),
    };

    /// <summary>
    /// A string that is not a valid value passes as the raw string, so the resolver reading it can name its argument
    /// in the error (see <c>Arguments</c>); any other JSON value is refused here.
    /// </summary>
    private static object Parse(object? value, Func<string> shown) => value switch
    {
        string text when TryParse(text, out var instant) => instant,
        string text => text,
        _ => throw Problem(shown()),
    };

    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (!Rfc3339().IsMatch(text)) return false;
        if (!DateTimeOffset.TryParse(text.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed)) return false;
        instant = parsed.ToUniversalTime();
        return true;
    }

    private static GraphQLCoercionException Problem(string shown) => new(Message(shown));

    /// <summary>What a valid value looks like, for errors about <paramref name="shown"/>.</summary>
    public static string Message(string shown) =>
        $"DateTime must be an RFC 3339 date-time with a time zone, e.g. \"2024-07-04T12:00:00Z\" or \"2024-07-04T14:00:00+02:00\"; got {shown}.";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
