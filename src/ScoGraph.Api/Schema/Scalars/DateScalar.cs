using System.Globalization;
using System.Text.RegularExpressions;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Scalars;

/// <summary><c>Date</c>: an RFC 3339 full-date <c>YYYY-MM-DD</c> ↔ <see cref="DateOnly"/>.</summary>
public static partial class DateScalar
{
    public const string Name = "Date";

    public static SchemaBuilder BindDate(this SchemaBuilder builder) =>
        builder.BindScalar(Name, Serialize, value => Parse(value, () => ScalarText.Show(value)),
            (literal, _) => literal is StringValueNode s ? Parse(s.Value, () => ScalarText.Show(literal)) : throw Problem(ScalarText.Show(literal)));

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Serialize(object? value) => value switch
    {
        DateOnly day => Format(day),
        DateTime time => Format(DateOnly.FromDateTime(time)),
        string text when TryParse(text, out var day) => Format(day),
        _ => throw new GraphQLCoercionException($"Date cannot represent {ScalarText.Show(value)}: it is not a full date YYYY-MM-DD."),
    };

    /// <summary>
    /// A string that is not a valid value passes as the raw string, so the resolver reading it can name its argument
    /// in the error (see <c>Arguments</c>); any other JSON value is refused here.
    /// </summary>
    private static object Parse(object? value, Func<string> shown) => value switch
    {
        string text when TryParse(text, out var day) => day,
        string text => text,
        _ => throw Problem(shown()),
    };

    /// <summary>Exactly <c>YYYY-MM-DD</c> naming a real day (no time, no offset, no other digits).</summary>
    public static bool TryParse(string text, out DateOnly day)
    {
        day = default;
        return FullDate().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private static GraphQLCoercionException Problem(string shown) => new(Message(shown));

    /// <summary>What a valid value looks like, for errors about <paramref name="shown"/>.</summary>
    public static string Message(string shown) =>
        $"Date must be a full date YYYY-MM-DD, e.g. \"2017-06-09\"; got {shown}.";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex FullDate();
}
