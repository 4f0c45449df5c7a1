using System.Text.RegularExpressions;
using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>The reusable rules every validator is built from, each with a message that says what to fix.</summary>
public static partial class Rules
{
    public const int MaxIdLength = 120;
    public const int MaxNameLength = 300;
    public const int MaxTextLength = 4000;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex PredicatePattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    public static bool IsSlug(string? id) => id is { Length: > 0 and <= MaxIdLength } && SlugPattern().IsMatch(id);

    public static string SlugMessage(string? id) =>
        $"\"{Shorten(id)}\" is not a valid id: use letters, digits, '-' and '_', starting with a letter or digit (at most {MaxIdLength} characters)";

    /// <summary>An id written as a slug (<c>IND</c>, <c>rashid-alimov</c>).</summary>
    public static IRuleBuilderOptions<T, string?> Slug<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsSlug).WithMessage((_, id) => id is null ? "an id is required" : SlugMessage(id)).WithErrorCode(ErrorCodes.InvalidId);

    /// <summary>A name or title: not blank, no control characters, at most <see cref="MaxNameLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> Name<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("must not be empty").WithErrorCode(ErrorCodes.InvalidName)
            .Must(name => name is null || name.Length <= MaxNameLength).WithMessage($"must be at most {MaxNameLength} characters").WithErrorCode(ErrorCodes.InvalidName)
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("must not contain control characters (line breaks, tabs)").WithErrorCode(ErrorCodes.InvalidName);

    /// <summary>Free text (an excerpt, a quote, a claim value): not blank, bounded.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength = MaxTextLength) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("must not be empty").WithErrorCode(ErrorCodes.InvalidText)
            .Must(text => text is null || text.Length <= maxLength).WithMessage($"must be at most {maxLength} characters").WithErrorCode(ErrorCodes.InvalidText);

    /// <summary>A list of at most <paramref name="maximum"/> items (<see cref="ListBounds"/>).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>> AtMost<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>> rule, int maximum) =>
        rule.Must(items => items is null || items.Count <= maximum)
            .WithMessage((_, items) => $"holds {items.Count} items; at most {maximum} are allowed").WithErrorCode(ErrorCodes.TooMany);

    /// <summary>A predicate name such as <c>entryIntoForce</c>.</summary>
    public static IRuleBuilderOptions<T, string?> Predicate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(p => p is { Length: > 0 and <= 80 } && PredicatePattern().IsMatch(p))
            .WithMessage((_, p) => $"\"{Shorten(p)}\" is not a predicate name: lowerCamelCase letters and digits, like \"entryIntoForce\"").WithErrorCode(ErrorCodes.InvalidPredicate);

    public static IRuleBuilderOptions<T, string?> LanguageTag<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(l => l is null || LanguagePattern().IsMatch(l))
            .WithMessage((_, l) => $"\"{Shorten(l)}\" is not a language tag like \"en\", \"ru\" or \"zh-Hans\"").WithErrorCode(ErrorCodes.InvalidLanguage);

    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage((_, u) => $"\"{Shorten(u)}\" is not an absolute http(s) URL").WithErrorCode(ErrorCodes.InvalidUrl);

    /// <summary>How to fix an unknown reference in an import; single mutations replace it with their own advice.</summary>
    public const string UnknownReferenceHint = "(define it in the same batch or import it first)";

    /// <summary>
    /// A reference to another entity: a slug, known to the catalog, of one of the allowed kinds, and not the
    /// entity itself (no self-reference).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> References<T>(this IRuleBuilder<T, string?> rule,
        IReferenceCatalog catalog, Func<T, string>? selfId, params EntityKind[] allowed)
    {
        var expected = allowed.Length == 0 ? "entity" : string.Join(" or ", allowed.Select(Describe));
        // Each check runs only when the previous ones passed, so one bad reference gives one message.
        return rule
            .Must(id => id is null || IsSlug(id)).WithMessage((_, id) => SlugMessage(id)).WithErrorCode(ErrorCodes.InvalidId)
            .Must((entity, id) => id is null || !IsSlug(id) || selfId is null || id != selfId(entity))
            .WithMessage((_, id) => $"refers to \"{id}\" itself; an entity cannot refer to itself here").WithErrorCode(ErrorCodes.SelfReference)
            .Must((entity, id) => id is null || !IsSlug(id) || (selfId is not null && id == selfId(entity)) || catalog.KindOf(id) is not null)
            .WithMessage((_, id) => $"refers to unknown {expected} \"{id}\" {UnknownReferenceHint}")
            .WithErrorCode(ErrorCodes.UnknownReference).WithState((_, id) => id!)
            .Must(id => id is null || allowed.Length == 0 || catalog.KindOf(id) is not EntityKind kind || allowed.Contains(kind))
            .WithMessage((_, id) => $"\"{id}\" is {Article(catalog.KindOf(id!)!.Value)} {Describe(catalog.KindOf(id!)!.Value)}, expected {Article(allowed[0])} {expected}")
            .WithErrorCode(ErrorCodes.WrongReferenceKind);
    }

    /// <summary>A lower-case human name of a kind: "membership change".</summary>
    public static string Describe(EntityKind kind) => EnumText<EntityKind>.Format(kind).Replace('_', ' ').ToLowerInvariant();

    private static string Article(EntityKind kind) => Describe(kind)[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";

    internal static string Shorten(string? text) => text is null ? "" : text.Length > 60 ? text[..60] + "…" : text;
}
