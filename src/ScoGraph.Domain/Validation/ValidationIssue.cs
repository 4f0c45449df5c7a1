using System.Text;
using FluentValidation.Results;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// One validation error: the path of the field in the input's own (camelCase) terms, such as
/// <c>parties[1].party</c> or <c>end</c>, a message that says what to fix, the broken rule's <see cref="ErrorCodes">code</see>,
/// and for <see cref="ErrorCodes.UnknownReference"/> the id that is unknown.
/// </summary>
public sealed record ValidationIssue(string Path, string Message, string Code = ErrorCodes.Invalid, string? ReferencedId = null)
{
    /// <summary>The path as segments, as GraphQL error paths want it: <c>parties[1].party</c> → <c>parties</c>, <c>1</c>, <c>party</c>.</summary>
    public IReadOnlyList<string> Segments => Path.Length == 0
        ? []
        : Path.Replace("[", ".").Replace("]", "").Split('.', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => Path.Length == 0 ? Message : $"field \"{Path}\": {Message}";

    public static IReadOnlyList<ValidationIssue> From(ValidationResult result) =>
        result.Errors.Select(e => new ValidationIssue(
            CamelCasePath(e.PropertyName),
            e.ErrorMessage,
            e.ErrorCode is { Length: > 0 } code && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') ? code : ErrorCodes.Invalid,
            e.CustomState as string)).ToArray();

    /// <summary><c>Parties[1].Party</c> → <c>parties[1].party</c>.</summary>
    public static string CamelCasePath(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "";
        var text = new StringBuilder(path);
        for (var i = 0; i < text.Length; i++)
            if (char.IsUpper(text[i]) && (i == 0 || text[i - 1] == '.'))
                text[i] = char.ToLowerInvariant(text[i]);
        return text.ToString();
    }
}
